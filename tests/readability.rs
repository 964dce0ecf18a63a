//! The built-in clause sets must be easy to read, in every clause's text and
//! prompt, each checked on its own.
//!
//! English (`clauses/partnership.toml`): Flesch-Kincaid grade 8 at most for
//! any text or prompt, and grade 6 or lower on average (AMA and HHS ask for
//! grade 6).
//!
//! Spanish (`clauses/acuerdo.toml`): the Szigriszt-Pazos perspicuity index
//! read on the INFLESZ scale (Barrio-Cantalejo et al., 2008), the scale
//! Spanish health services use for patient material:
//! `206.835 - 62.3 * syllables/words - words/sentences`. Its bands are
//! below 40 "muy difícil", 40-55 "algo difícil", 55-65 "normal",
//! 65-80 "bastante fácil" and 80 or more "muy fácil". Every Spanish text and
//! prompt must be "bastante fácil" or easier: 65 or more.

use std::path::Path;

use accord::model::clauses::{self, ClauseSet};
// The English formula is the one `accord check` reports; the sanity checks below keep it honest.
use accord::model::readability::{grade, syllables};

// ----- English -------------------------------------------------------------

/// The words of a text: whitespace-separated pieces with a letter in them.
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect()
}

/// Sentences in a text: runs of `.`, `!` and `?` end one. The Spanish
/// opening marks `¿` and `¡` end nothing.
fn sentence_count(text: &str) -> usize {
    let mut sentences = 0;
    let mut in_terminator = false;
    for c in text.chars() {
        let end = matches!(c, '.' | '!' | '?');
        if end && !in_terminator {
            sentences += 1;
        }
        in_terminator = end;
    }
    sentences.max(1)
}

// ----- Spanish -------------------------------------------------------------

/// Syllables of a Spanish word: its vowel groups, with Spanish diphthong
/// rules. Two vowels side by side share a syllable (a diphthong) unless both
/// are strong (a, e, o), or one is an accented weak vowel (í, ú), which
/// breaks the diphthong: "cui-da-do", "pa-ís", "po-e-ta". The silent "u" of
/// "que", "qui", "gue" and "gui" is no vowel ("guí-a"); "ü" is ("pin-güi-no").
/// "y" counts as a consonant: it never adds a syllable in our texts ("hoy",
/// "muy"), and a word has at least one syllable ("y").
fn silabas(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let strong = |c: char| "aeoáéó".contains(c);
    let accented_weak = |c: char| "íú".contains(c);
    let vowel = |c: char| strong(c) || accented_weak(c) || "iuü".contains(c);
    let mut count = 0;
    let mut previous: Option<char> = None;
    for (i, &c) in w.iter().enumerate() {
        let silent_u = c == 'u'
            && i > 0
            && (w[i - 1] == 'q'
                || (w[i - 1] == 'g' && w.get(i + 1).is_some_and(|n| "eiéí".contains(*n))));
        if silent_u {
            continue;
        }
        if !vowel(c) {
            previous = None;
            continue;
        }
        let new_syllable = match previous {
            None => true,
            Some(p) => (strong(p) && strong(c)) || accented_weak(p) || accented_weak(c),
        };
        if new_syllable {
            count += 1;
        }
        previous = Some(c);
    }
    count.max(1)
}

/// Szigriszt-Pazos perspicuity of a Spanish text, read on the INFLESZ scale.
fn inflesz(text: &str) -> f64 {
    let words = words(text);
    let sentences = sentence_count(text) as f64;
    let syllable_count: usize = words.iter().map(|w| silabas(w)).sum();
    let words_n = words.len().max(1) as f64;
    206.835 - 62.3 * (syllable_count as f64 / words_n) - words_n / sentences
}

/// The INFLESZ band a score falls in.
fn band(score: f64) -> &'static str {
    match score {
        s if s < 40.0 => "muy difícil",
        s if s < 55.0 => "algo difícil",
        s if s < 65.0 => "normal",
        s if s < 80.0 => "bastante fácil",
        _ => "muy fácil",
    }
}

// ----- The sets ------------------------------------------------------------

fn english() -> ClauseSet {
    clauses::default_set()
}

fn spanish() -> ClauseSet {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/clauses/acuerdo.toml");
    accord::store::load_clauses(Path::new(path)).expect("clauses/acuerdo.toml loads")
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len().max(1) as f64
}

#[test]
fn the_syllable_counter_is_sane() {
    assert_eq!(syllables("you"), 1);
    assert_eq!(syllables("doctor"), 2);
    assert_eq!(syllables("table"), 2);
    assert_eq!(syllables("make"), 1);
    assert_eq!(syllables("partnership"), 3);
    assert_eq!(syllables("medicine"), 3);
    // A hard sentence grades far above an easy one.
    let hard = "Notwithstanding institutional constraints, practitioners endeavour to communicate probabilistic prognostic information comprehensibly.";
    assert!(grade(hard) > 15.0, "{}", grade(hard));
    assert!(grade("You can ask. We will talk.") < 2.0);
}

#[test]
fn the_spanish_syllable_counter_is_sane() {
    for (word, expected) in [
        ("médico", 3),
        ("paciente", 3),
        ("acuerdo", 3),
        ("día", 2),
        ("salud", 2),
        ("Salud,", 2),
        ("¿Qué", 1),
        ("y", 1),
        ("hoy", 1),
        ("muy", 1),
        // Strong + strong splits; an accented í or ú breaks the diphthong.
        ("poeta", 3),
        ("leer", 2),
        ("país", 2),
        ("baúl", 2),
        ("oír", 2),
        ("todavía", 4),
        // Weak + weak and strong + weak stay together.
        ("cuidado", 3),
        ("ciudad", 2),
        ("aire", 2),
        ("bien", 1),
        ("huevo", 2),
        // Silent u after q and g; ü is heard.
        ("que", 1),
        ("aquí", 2),
        ("guía", 2),
        ("guerra", 2),
        ("pingüino", 3),
        ("tratamiento", 4),
        ("confidencialidad", 6),
    ] {
        assert_eq!(silabas(word), expected, "{word}");
    }
    // A hard sentence scores far below an easy one.
    let hard = "La administración concomitante de fármacos antiinflamatorios incrementa significativamente la probabilidad de complicaciones gastrointestinales.";
    assert!(inflesz(hard) < 40.0, "{}", inflesz(hard));
    assert!(inflesz("Usted puede preguntar. Lo vamos a hablar.") > 80.0);
    assert_eq!(band(70.0), "bastante fácil");
    assert_eq!(band(64.9), "normal");
}

#[test]
fn every_english_text_and_prompt_reads_at_grade_8_or_below() {
    let set = english();
    let texts: Vec<f64> = set.clauses.iter().map(|c| grade(&c.text)).collect();
    let prompts: Vec<f64> = set.clauses.iter().map(|c| grade(&c.prompt)).collect();
    let (text_mean, prompt_mean) = (mean(&texts), mean(&prompts));
    println!(
        "Flesch-Kincaid grade of {}: texts mean {text_mean:.1}, prompts mean {prompt_mean:.1}",
        set.id
    );
    println!("  {:<26} {:>5} {:>7}", "clause", "text", "prompt");
    let mut hard = Vec::new();
    for ((c, t), p) in set.clauses.iter().zip(&texts).zip(&prompts) {
        println!("  {:<26} {t:>5.1} {p:>7.1}", c.id);
        if *t > 8.0 {
            hard.push(format!("{} text: grade {t:.1}", c.id));
        }
        if *p > 8.0 {
            hard.push(format!("{} prompt: grade {p:.1}", c.id));
        }
    }
    assert!(hard.is_empty(), "above grade 8: {hard:#?}");
    assert!(
        text_mean <= 6.0,
        "mean grade of the texts {text_mean:.1} is above 6"
    );
    assert!(
        prompt_mean <= 6.0,
        "mean grade of the prompts {prompt_mean:.1} is above 6"
    );
}

#[test]
fn every_spanish_text_and_prompt_is_bastante_facil_or_easier() {
    let set = spanish();
    let texts: Vec<f64> = set.clauses.iter().map(|c| inflesz(&c.text)).collect();
    let prompts: Vec<f64> = set.clauses.iter().map(|c| inflesz(&c.prompt)).collect();
    let (text_mean, prompt_mean) = (mean(&texts), mean(&prompts));
    println!(
        "INFLESZ (Szigriszt-Pazos) of {}: texts mean {text_mean:.1} ({}), prompts mean {prompt_mean:.1} ({})",
        set.id,
        band(text_mean),
        band(prompt_mean)
    );
    println!("  {:<26} {:>5} {:>7}", "clause", "text", "prompt");
    let mut hard = Vec::new();
    for ((c, t), p) in set.clauses.iter().zip(&texts).zip(&prompts) {
        println!("  {:<26} {t:>5.1} {p:>7.1}", c.id);
        if *t < 65.0 {
            hard.push(format!("{} text: {t:.1}, {}", c.id, band(*t)));
        }
        if *p < 65.0 {
            hard.push(format!("{} prompt: {p:.1}, {}", c.id, band(*p)));
        }
    }
    assert!(
        hard.is_empty(),
        "harder than \"bastante fácil\" (INFLESZ below 65): {hard:#?}"
    );
}

#[test]
fn sentences_are_short() {
    let mut long = Vec::new();
    for set in [english(), spanish()] {
        for c in &set.clauses {
            for (field, text) in [("text", &c.text), ("prompt", &c.prompt)] {
                for sentence in text.split(['.', '!', '?']) {
                    let words = sentence.split_whitespace().count();
                    if words >= 20 {
                        long.push(format!(
                            "{}/{} {field}: {words} words in {sentence:?}",
                            set.id, c.id
                        ));
                    }
                }
            }
            let sentences = c.text.matches(['.', '!', '?']).count();
            if !(2..=5).contains(&sentences) {
                long.push(format!("{}/{}: {sentences} sentences", set.id, c.id));
            }
        }
    }
    assert!(
        long.is_empty(),
        "sentences of 20 words or more, or texts outside 2-5 sentences: {long:#?}"
    );
}

#[test]
fn prompts_are_open_questions() {
    let closed = [
        "do ", "does ", "is ", "are ", "did ", "have ", "has ", "can ", "would ", "will ",
        "should ",
    ];
    for c in english().clauses {
        let question = c
            .prompt
            .rsplit(['.', '!'])
            .next()
            .unwrap_or(&c.prompt)
            .trim()
            .to_lowercase();
        assert!(
            c.prompt.trim_end().ends_with('?'),
            "{}: {:?}",
            c.id,
            c.prompt
        );
        assert!(
            !closed.iter().any(|w| question.starts_with(w)),
            "{}: yes/no prompt {:?}",
            c.id,
            c.prompt
        );
    }
}

/// A Spanish question opens with "¿" (it may follow a clause, as in
/// "Si alguna vez..., ¿qué...?"), ends with "?", and is open: it starts with
/// a question word such as qué, cómo or cuál (perhaps after a preposition:
/// "¿en qué...?", "¿de qué...?"), never with a verb that asks for yes or no.
#[test]
fn spanish_prompts_are_open_questions() {
    let closed = [
        "es ",
        "está",
        "hay ",
        "puede",
        "podría",
        "tiene",
        "ha ",
        "han ",
        "le parece",
        "cree ",
        "quiere",
        "se ",
        "siente",
        "sabe ",
        "debe",
        "va ",
        "hace ",
        "usted ",
    ];
    let question_words = [
        "qué",
        "cómo",
        "cuál",
        "cuáles",
        "cuándo",
        "cuánto",
        "cuánta",
        "cuántos",
        "cuántas",
        "dónde",
        "quién",
        "quiénes",
        "por qué",
        "para qué",
    ];
    let prepositions = ["a ", "con ", "de ", "en ", "para ", "por ", "sobre "];
    for c in spanish().clauses {
        let prompt = c.prompt.trim_end();
        assert!(prompt.ends_with('?'), "{}: {prompt:?}", c.id);
        let Some((_, question)) = prompt.rsplit_once('¿') else {
            panic!("{}: the question has no opening ¿: {prompt:?}", c.id);
        };
        let question = question.to_lowercase();
        assert!(
            !closed.iter().any(|w| question.starts_with(w)),
            "{}: yes/no prompt {prompt:?}",
            c.id
        );
        let without_preposition = prepositions
            .iter()
            .find_map(|p| question.strip_prefix(p))
            .unwrap_or(&question);
        assert!(
            question_words
                .iter()
                .any(|w| question.starts_with(w) || without_preposition.starts_with(w)),
            "{}: the question does not open with a question word: {prompt:?}",
            c.id
        );
    }
}

/// A reader can move between languages and compare: the Spanish set walks
/// the same clauses, in the same order, with the same speakers.
#[test]
fn the_spanish_set_matches_the_english_clause_for_clause() {
    let (en, es) = (english(), spanish());
    assert_eq!(es.language, "es");
    assert_eq!(es.id, "acuerdo");
    let ids = |s: &ClauseSet| s.clauses.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&es), ids(&en));
    for (a, b) in en.clauses.iter().zip(&es.clauses) {
        assert_eq!(a.speaker, b.speaker, "speaker of {}", a.id);
    }
    assert!(es.source.contains("A Sacred Doctor-Patient Contract"));
    assert!(es.source.contains("Lissa Rankin"));
    assert!(es.source.contains("2024"));
}

/// Suggested questions are what a worried reader starts from: one or two per
/// clause, each short and plain (English grade 6 or lower; Spanish "bastante
/// fácil" or easier), and each a question.
#[test]
fn suggested_questions_are_short_plain_questions() {
    let mut hard = Vec::new();
    for set in [english(), spanish()] {
        for c in &set.clauses {
            if !(1..=2).contains(&c.questions.len()) {
                hard.push(format!(
                    "{}/{}: {} suggestions",
                    set.id,
                    c.id,
                    c.questions.len()
                ));
            }
            for q in &c.questions {
                let words = q.split_whitespace().count();
                let plain = if set.language == "en" {
                    grade(q) <= 6.0
                } else {
                    inflesz(q) >= 65.0
                };
                if !plain || words > 12 || !q.ends_with('?') {
                    hard.push(format!("{}/{}: {q:?} ({words} words)", set.id, c.id));
                }
            }
        }
    }
    assert!(
        hard.is_empty(),
        "suggested questions that are not short, plain questions: {hard:#?}"
    );
}
