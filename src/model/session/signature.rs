//! Signing: a name typed to say "I am on board", by the reader and perhaps
//! their doctor, and whether answers moved on since.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::Session;

/// Who signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The reader.
    Patient,
    /// Their doctor, signing together at the visit.
    Doctor,
}

/// A name typed to say "I am on board", and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    /// Who signed.
    pub role: Role,
    /// The name they typed.
    pub name: String,
    /// When they signed.
    pub signed_at: Timestamp,
}

impl Session {
    /// Records a signature, replacing any earlier one of the same role.
    pub fn sign(&mut self, role: Role, name: &str, now: Timestamp) {
        self.signatures.retain(|s| s.role != role);
        self.signatures.push(Signature {
            role,
            name: name.trim().to_owned(),
            signed_at: now,
        });
        self.signatures.sort_by_key(|s| s.role != Role::Patient);
        self.updated_at = now;
    }

    /// The signature of `role`, if any.
    pub fn signature(&self, role: Role) -> Option<&Signature> {
        self.signatures.iter().find(|s| s.role == role)
    }

    /// True when answers changed after `signature` was given.
    pub fn changed_since(&self, signature: &Signature) -> bool {
        self.answers_changed_at
            .is_some_and(|changed| changed > signature.signed_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::clauses;
    use crate::model::session::{Stance, TextField};

    fn at(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    #[test]
    fn signing_notices_later_changes_but_not_the_doctors_answers() {
        let set = clauses::default_set();
        let mut s = Session::new("s".into(), &set, at("2026-11-01T10:00:00Z"));
        s.set_text(
            "time",
            TextField::Question,
            "Why?",
            at("2026-11-01T10:01:00Z"),
        );
        s.sign(Role::Doctor, " Dr Lee ", at("2026-11-01T10:02:00Z"));
        s.sign(Role::Patient, "Ana", at("2026-11-01T10:02:00Z"));
        s.sign(Role::Patient, "Ana López", at("2026-11-01T10:03:00Z"));
        assert_eq!(s.signatures.len(), 2);
        assert_eq!(s.signatures[0].name, "Ana López", "the patient signs first");
        assert_eq!(s.signatures[1].name, "Dr Lee");
        let patient = s.signature(Role::Patient).expect("signed").clone();
        assert!(!s.changed_since(&patient));
        s.set_text(
            "time",
            TextField::Answer,
            "Because.",
            at("2026-11-01T10:04:00Z"),
        );
        s.cycle_answer_status("time", at("2026-11-01T10:04:00Z"));
        assert!(!s.changed_since(&patient));
        s.set_stance("time", Some(Stance::Disagree), at("2026-11-01T10:05:00Z"));
        assert!(s.changed_since(&patient));
    }
}
