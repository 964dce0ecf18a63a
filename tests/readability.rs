//! The default clauses must be easy to read: Flesch-Kincaid grade 8 at most
//! for any clause, about grade 6 on average (AMA and HHS ask for grade 6).

use accord::model::clauses;

/// Vowel groups, less a silent final "e": the usual rough syllable count.
fn syllables(word: &str) -> usize {
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
    let silent_e = n > 2 && word[n - 1] == 'e' && !consonant_le;
    if silent_e && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// Flesch-Kincaid grade level of a text.
fn grade(text: &str) -> f64 {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let mut sentences = 0;
    let mut in_terminator = false;
    for c in text.chars() {
        let end = matches!(c, '.' | '!' | '?');
        if end && !in_terminator {
            sentences += 1;
        }
        in_terminator = end;
    }
    let sentences = sentences.max(1) as f64;
    let syllable_count: usize = words.iter().map(|w| syllables(w)).sum();
    let words_n = words.len().max(1) as f64;
    0.39 * (words_n / sentences) + 11.8 * (syllable_count as f64 / words_n) - 15.59
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
fn every_clause_reads_at_grade_8_or_below() {
    let set = clauses::default_set();
    let grades: Vec<(String, f64)> = set
        .clauses
        .iter()
        .map(|c| (c.id.clone(), grade(&c.text)))
        .collect();
    let mean = grades.iter().map(|(_, g)| g).sum::<f64>() / grades.len() as f64;
    println!("Flesch-Kincaid grade of the default clauses: mean {mean:.1}");
    for (id, g) in &grades {
        println!("  {id:<26} {g:>4.1}");
    }
    let hard: Vec<_> = grades.iter().filter(|(_, g)| *g > 8.0).collect();
    assert!(hard.is_empty(), "clauses above grade 8: {hard:?}");
    assert!(
        mean <= 7.0,
        "mean grade {mean:.1} is above the target of about 6"
    );
}

#[test]
fn sentences_are_short() {
    for c in clauses::default_set().clauses {
        for sentence in c.text.split(['.', '!', '?']) {
            let words = sentence.split_whitespace().count();
            assert!(words < 20, "{}: {words} words in {sentence:?}", c.id);
        }
        let sentences = c.text.matches(['.', '!', '?']).count();
        assert!(
            (2..=5).contains(&sentences),
            "{}: {sentences} sentences",
            c.id
        );
    }
}

#[test]
fn prompts_are_open_questions() {
    let closed = [
        "do ", "does ", "is ", "are ", "did ", "have ", "has ", "can ", "would ", "will ",
        "should ",
    ];
    for c in clauses::default_set().clauses {
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
