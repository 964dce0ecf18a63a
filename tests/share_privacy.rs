//! Share files never hold a note, a name, a doctor's answer or a time finer
//! than the day, whatever the session holds (a property test), and questions
//! only when the participant said yes.

use accord::model::clauses;
use accord::model::session::{Role, Session, Stance, TextField};
use accord::model::share::Share;
use jiff::Timestamp;
use jiff::civil::date;
use proptest::prelude::*;

fn stance() -> impl Strategy<Value = Option<Stance>> {
    prop_oneof![
        Just(None),
        Just(Some(Stance::Agree)),
        Just(Some(Stance::Disagree)),
        Just(Some(Stance::NotNow)),
    ]
}

/// Private words are marked so they can be searched for in the share.
fn private() -> impl Strategy<Value = String> {
    "[a-z ]{0,12}".prop_map(|s| format!("SECRET{s}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_share_never_holds_private_words(
        answers in prop::collection::vec((stance(), private(), private(), private()), 1..30),
        name in private(),
        questions in any::<bool>(),
        second in 0i64..86_400,
    ) {
        let set = clauses::default_set();
        let now = Timestamp::from_second(1_790_000_000 + second).expect("time");
        let mut s = Session::new("s".into(), &set, now);
        s.participant = Some(name.clone());
        for (clause, (stance, note, answer, _)) in set.clauses.iter().zip(&answers) {
            s.set_stance(&clause.id, *stance, now);
            s.set_text(&clause.id, TextField::Note, note, now);
            s.set_text(&clause.id, TextField::Answer, answer, now);
            s.set_text(&clause.id, TextField::Question, "Q-public", now);
        }
        s.sign(Role::Patient, &name, now);
        let share = Share::of(&s, &set, "id".into(), date(2026, 11, 3), questions);
        let json = share.to_json();
        prop_assert!(!json.contains("SECRET"), "{}", json);
        let value: serde_json::Value = serde_json::from_str(&json).expect("json");
        prop_assert_eq!(keys(&value), ["answers", "clause_set", "date", "format", "share_id"]);
        prop_assert_eq!(keys(&value["clause_set"]), ["digest", "id", "version"]);
        prop_assert_eq!(&value["date"], "2026-11-03");
        for answer in value["answers"].as_object().expect("answers").values() {
            let k = keys(answer);
            prop_assert!(k == ["stance"] || k == ["question", "stance"], "{:?}", k);
        }
        prop_assert_eq!(json.contains("Q-public"), questions);
        for (clause, (stance, ..)) in set.clauses.iter().zip(&answers) {
            prop_assert_eq!(share.answers[&clause.id].stance, *stance);
        }
    }
}

fn keys(value: &serde_json::Value) -> Vec<String> {
    let mut keys: Vec<String> = value
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    keys.sort();
    keys
}
