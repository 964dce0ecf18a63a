//! Which language to speak, from what the reader asked for, the clause set
//! and the locale. The shell reads the flags and the environment and passes
//! them in; nothing here reads them itself.

use super::Language;

/// The locale variables, in the order the C library consults them.
pub const LOCALE_VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// The language a locale names: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
/// that is set and not empty decides, as in the C library.
pub fn from_locale(values: &[Option<String>]) -> Option<Language> {
    let value = values.iter().flatten().find(|v| !v.is_empty())?;
    Language::from_tag(value)
}

/// The language to speak: `--lang` (or `ACCORD_LANG`) first, then the clause
/// set's own language, then the locale's, then English.
pub fn choose(asked: Option<Language>, set: Option<&str>, locale: Option<Language>) -> Language {
    asked
        .or_else(|| set.and_then(Language::from_tag))
        .or(locale)
        .unwrap_or(Language::English)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_beats_the_set_and_the_set_beats_the_locale() {
        let es = Some(Language::Spanish);
        let en = Some(Language::English);
        assert_eq!(choose(en, Some("es"), es), Language::English);
        assert_eq!(choose(None, Some("es"), en), Language::Spanish);
        assert_eq!(choose(None, Some("fr"), es), Language::Spanish);
        assert_eq!(choose(None, None, None), Language::English);
    }

    #[test]
    fn the_first_locale_variable_set_decides() {
        let set = |v: &str| Some(v.to_owned());
        assert_eq!(
            from_locale(&[None, set("es_ES.UTF-8"), set("en_US.UTF-8")]),
            Some(Language::Spanish)
        );
        assert_eq!(
            from_locale(&[set(""), None, set("en_GB")]),
            Some(Language::English)
        );
        // "C" is no language at all: the next rule decides.
        assert_eq!(from_locale(&[set("C"), set("es_MX")]), None);
        assert_eq!(from_locale(&[None, None, None]), None);
    }
}
