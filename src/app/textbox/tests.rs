use proptest::prelude::*;

use super::*;
use crate::app::intent::{EditCode, EditKey};

fn press(text: &mut TextBox, code: EditCode) {
    text.key(EditKey::plain(code));
}

fn ctrl(text: &mut TextBox, c: char) {
    text.key(EditKey {
        code: EditCode::Char(c),
        ctrl: true,
        alt: false,
    });
}

fn typed(s: &str) -> TextBox {
    let mut text = TextBox::new("", String::new());
    for c in s.chars() {
        press(&mut text, EditCode::Char(c));
    }
    text
}

#[test]
fn typing_enter_and_backspace_edit_the_text() {
    let mut text = typed("ab");
    press(&mut text, EditCode::Enter);
    press(&mut text, EditCode::Char('c'));
    assert_eq!(text.text(), "ab\nc");
    press(&mut text, EditCode::Backspace);
    press(&mut text, EditCode::Backspace);
    assert_eq!(text.text(), "ab");
    assert_eq!(text.caret(), Pos { line: 0, byte: 2 });
}

#[test]
fn the_caret_steps_over_whole_clusters() {
    let flag = "🇫🇷";
    let accent = "e\u{301}";
    let mut text = TextBox::new(&format!("{flag}{accent}x"), String::new());
    press(&mut text, EditCode::Left);
    press(&mut text, EditCode::Left);
    assert_eq!(text.caret().byte, flag.len());
    press(&mut text, EditCode::Backspace);
    assert_eq!(text.text(), format!("{accent}x"));
    press(&mut text, EditCode::Delete);
    assert_eq!(text.text(), "x");
}

#[test]
fn arrows_cross_line_ends_and_home_and_end_keep_to_the_line() {
    let mut text = TextBox::new("one\ntwo", String::new());
    press(&mut text, EditCode::Home);
    assert_eq!(text.caret(), Pos { line: 1, byte: 0 });
    press(&mut text, EditCode::Left);
    assert_eq!(text.caret(), Pos { line: 0, byte: 3 });
    press(&mut text, EditCode::Right);
    press(&mut text, EditCode::End);
    assert_eq!(text.caret(), Pos { line: 1, byte: 3 });
    press(&mut text, EditCode::Delete);
    assert_eq!(text.text(), "one\ntwo");
}

#[test]
fn up_and_down_move_by_screen_row_once_drawn() {
    let text_ = "one two three four";
    let mut text = TextBox::new(text_, String::new());
    let view = text.view(8, 5);
    assert_eq!(view.rows, ["one two ", "three ", "four"]);
    assert_eq!(view.caret, (4, 2));
    press(&mut text, EditCode::Up);
    assert_eq!(text.caret().byte, "one two thre".len());
    press(&mut text, EditCode::Up);
    assert_eq!(text.caret().byte, 4);
    press(&mut text, EditCode::Down);
    press(&mut text, EditCode::Down);
    assert_eq!(text.caret().byte, text_.len());
}

#[test]
fn undo_takes_back_a_word_at_a_time_and_redo_puts_it_back() {
    let mut text = typed("hello world");
    text.paste("!\nmore");
    text.undo();
    assert_eq!(text.text(), "hello world");
    text.undo();
    assert_eq!(text.text(), "hello");
    text.undo();
    assert_eq!(text.text(), "");
    text.redo();
    text.redo();
    assert_eq!(text.text(), "hello world");
    assert_eq!(text.caret().byte, "hello world".len());
    ctrl(&mut text, 'u');
    assert_eq!(text.text(), "hello");
}

#[test]
fn undo_puts_back_joined_lines_and_deleted_words() {
    let mut text = TextBox::new("one two\nthree", String::new());
    press(&mut text, EditCode::Home);
    press(&mut text, EditCode::Backspace);
    assert_eq!(text.text(), "one twothree");
    ctrl(&mut text, 'w');
    assert_eq!(text.text(), "one three");
    text.undo();
    text.undo();
    assert_eq!(text.text(), "one two\nthree");
    assert_eq!(text.caret(), Pos { line: 1, byte: 0 });
}

#[test]
fn replacing_the_text_undoes_in_one_step() {
    let mut text = TextBox::new("old\nwords", String::new());
    text.replace_all("new");
    assert_eq!(text.text(), "new");
    text.undo();
    assert_eq!(text.text(), "old\nwords");
}

#[test]
fn a_one_line_box_keeps_to_one_line() {
    let mut text = TextBox::one_line("Ana", String::new());
    press(&mut text, EditCode::Enter);
    text.paste("\nMaria");
    assert_eq!(text.text(), "Ana Maria");
}

#[test]
fn the_view_follows_the_caret_and_goes_back_to_the_top_when_asked() {
    let lines: Vec<String> = (0..20).map(|i| format!("line {i}")).collect();
    let mut text = TextBox::new(&lines.join("\n"), String::new());
    let view = text.view(10, 3);
    assert_eq!(view.rows, ["line 17", "line 18", "line 19"]);
    assert_eq!(view.caret, (7, 2));
    ctrl(&mut text, '<');
    text.key(EditKey {
        code: EditCode::Home,
        ctrl: true,
        alt: false,
    });
    assert_eq!(text.view(10, 3).rows, ["line 0", "line 1", "line 2"]);
    press(&mut text, EditCode::PageDown);
    press(&mut text, EditCode::PageDown);
    let view = text.view(10, 3);
    assert_eq!(view.rows, ["line 2", "line 3", "line 4"]);
    assert_eq!(view.caret, (0, 2));
    text.to_top();
    let view = text.view(10, 30);
    assert_eq!(view.rows.len(), 20);
}

#[test]
fn typing_at_the_end_of_a_long_line_keeps_the_rows_it_had() {
    let long = "word ".repeat(2000);
    let mut text = TextBox::new(&long, String::new());
    let before: Vec<String> = text
        .view(12, 4)
        .rows
        .iter()
        .map(|r| r.to_string())
        .collect();
    press(&mut text, EditCode::Char('x'));
    let after = text.view(12, 4);
    assert_eq!(after.rows[..3], before[..3]);
    assert_eq!(after.rows.last(), Some(&"word word x"));
    press(&mut text, EditCode::Char('y'));
    press(&mut text, EditCode::Char('z'));
    assert_eq!(text.view(12, 4).rows[2..], ["word word ", "xyz"]);
}

/// Something a reader does to a text box.
#[derive(Debug, Clone)]
enum Act {
    Key(EditCode, bool, bool),
    Paste(String),
    Undo,
    Redo,
    Draw(usize, usize),
}

fn act() -> impl Strategy<Value = Act> {
    use EditCode::*;
    let chars: Vec<char> = "a 東\u{301}\u{1f1eb}wk".chars().collect();
    let keys = vec![
        Enter, Tab, Backspace, Delete, Left, Right, Up, Down, Home, End, PageUp, PageDown,
    ];
    let code = prop_oneof![
        prop::sample::select(chars).prop_map(Char),
        prop::sample::select(keys),
    ];
    prop_oneof![
        8 => (code, any::<bool>(), any::<bool>()).prop_map(|(c, ctrl, alt)| Act::Key(c, ctrl && alt, alt && !ctrl)),
        2 => "[a 東\n]{0,30}".prop_map(Act::Paste),
        1 => Just(Act::Undo),
        1 => Just(Act::Redo),
        2 => (1usize..15, 1usize..6).prop_map(|(w, h)| Act::Draw(w, h)),
    ]
}

proptest! {
    #[test]
    fn any_keys_keep_the_caret_on_the_text_the_rows_fresh_and_undo_whole(
        start in "[a 東\n]{0,40}",
        acts in prop::collection::vec(act(), 0..60),
    ) {
        let mut text = TextBox::new(&start, String::new());
        for act in acts {
            match act {
                Act::Key(code, ctrl, alt) => text.key(EditKey { code, ctrl, alt }),
                Act::Paste(s) => text.paste(&s),
                Act::Undo => text.undo(),
                Act::Redo => text.redo(),
                Act::Draw(w, h) => {
                    let view = text.view(w, h);
                    prop_assert!(view.rows.len() <= h);
                    prop_assert!(view.caret.1 < h, "{view:?}");
                }
            }
            let caret = text.caret();
            prop_assert!(text.lines[caret.line].is_char_boundary(caret.byte));
            prop_assert!(text.layout.borrow().is_fresh(&text.lines));
        }
        for _ in 0..200 {
            text.undo();
        }
        prop_assert_eq!(text.text(), start);
    }
}
