//! How hard a text is to read: the Flesch–Kincaid grade, and sentences too
//! long to follow, so a facilitator writes plainly before the workshop.

/// Above this grade `accord check` warns (AMA and HHS ask for grade 6 to 8).
pub const MAX_GRADE: f64 = 8.0;
/// Sentences longer than this many words get a warning.
pub const MAX_SENTENCE_WORDS: usize = 20;

/// Flesch–Kincaid grade of an English text:
/// `0.39 × words/sentences + 11.8 × syllables/words − 15.59`.
pub fn grade(text: &str) -> f64 {
    let words = words(text);
    let sentences = sentences(text).len().max(1) as f64;
    let syllable_count: usize = words.iter().map(|w| syllables(w)).sum();
    let words_n = words.len().max(1) as f64;
    0.39 * (words_n / sentences) + 11.8 * (syllable_count as f64 / words_n) - 15.59
}

/// The sentences of `text` with more than [`MAX_SENTENCE_WORDS`] words, trimmed.
pub fn long_sentences(text: &str) -> Vec<&str> {
    sentences(text)
        .into_iter()
        .filter(|s| words(s).len() > MAX_SENTENCE_WORDS)
        .collect()
}

/// Vowel groups, less a silent final "e": the usual rough syllable count.
pub fn syllables(word: &str) -> usize {
    let word: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous_vowel = false;
    for &c in &word {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    let n = word.len();
    // "-le" after a consonant is a syllable of its own, as in "ta-ble".
    let consonant_le = n > 2 && word[n - 2] == 'l' && !is_vowel(word[n - 3]);
    if n > 2 && word[n - 1] == 'e' && !consonant_le && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// Whitespace-separated pieces with a letter in them.
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect()
}

/// Runs of text ended by `.`, `!` or `?`, with at least one word each.
fn sentences(text: &str) -> Vec<&str> {
    text.split(['.', '!', '?'])
        .map(str::trim)
        .filter(|s| !words(s).is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_text_grades_above_easy_text() {
        assert_eq!(syllables("table"), 2);
        assert_eq!(syllables("make"), 1);
        assert!(grade("You can ask. We will talk.") < 2.0);
        let hard = "Interdisciplinary collaboration necessitates comprehensive \
                    documentation of pharmacological interventions.";
        assert!(grade(hard) > 15.0);
    }

    #[test]
    fn finds_only_the_long_sentence() {
        let long = "one two three four five six seven eight nine ten eleven twelve \
                    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone";
        let text = format!("Short one. {long}. Another short one?");
        assert_eq!(long_sentences(&text), vec![long]);
    }
}
