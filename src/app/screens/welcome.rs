//! The welcome screen: the agreement's title, how it works, and where to start.

use super::clause::Clause;
use super::help::Help;
use super::look_back::LookBack;
use super::{Overlay, Screen};
use crate::app::content::{self, Block, Tone, piece};
use crate::app::{App, Effect, Intent};
use crate::model::clauses::ClauseSet;

/// A built-in clause set the welcome screen of a first start offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetOffer {
    /// The set's id, as `--set` names it.
    pub id: String,
    /// The set's title, in its own language.
    pub title: String,
    /// The set's language tag, such as `es`.
    pub language: String,
}

impl SetOffer {
    /// The built-in sets to choose from, the one already open first so Enter begins it.
    pub fn built_in(open: &ClauseSet) -> Vec<SetOffer> {
        let mut sets = crate::model::clauses::built_in_sets();
        sets.sort_by_key(|s| s.id != open.id);
        sets.into_iter()
            .map(|s| SetOffer {
                id: s.id,
                title: s.title,
                language: s.language,
            })
            .collect()
    }
}

/// What the welcome screen offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Begin with this offered clause set (a first start, with more than one built in).
    Set(usize),
    /// Continue the latest unfinished session.
    Continue,
    /// Start a new reflection (or, with nothing to continue, begin).
    New,
    /// Look back at earlier sessions.
    LookBack,
}

/// Whether to offer the built-in sets: a first start, nothing to continue or look back at.
fn offers_sets(app: &App) -> bool {
    app.sets.len() > 1 && !app.resumed && app.history.is_empty()
}

/// The welcome screen's choices, in order.
pub fn choices(app: &App) -> Vec<Choice> {
    let mut choices = Vec::new();
    if app.resumed {
        choices.push(Choice::Continue);
    }
    if offers_sets(app) {
        choices.extend((0..app.sets.len()).map(Choice::Set));
        return choices;
    }
    choices.push(Choice::New);
    if !app.history.is_empty() {
        choices.push(Choice::LookBack);
    }
    choices
}

/// Moving between choices, or starting anew, only means something with more than one way on.
pub(super) fn offers(app: &App, intent: &Intent) -> bool {
    match intent {
        Intent::Up | Intent::Down => choices(app).len() > 1,
        Intent::StartNew => choices(app).len() > 1 && choices(app).contains(&Choice::New),
        _ => true,
    }
}

/// The welcome screen's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Welcome {
    /// The highlighted choice.
    pub selected: usize,
    /// Profiles in the data folder, listed when none was chosen (shared computers).
    pub profiles: Vec<String>,
}

impl Welcome {
    pub(super) fn update(mut self, app: &mut App, intent: Intent) -> Screen {
        let chosen = match intent {
            Intent::Up => {
                self.selected = self.selected.saturating_sub(1);
                None
            }
            Intent::Down => {
                let last = choices(app).len().saturating_sub(1);
                self.selected = (self.selected + 1).min(last);
                None
            }
            Intent::Begin => choices(app).get(self.selected).copied(),
            Intent::StartNew => Some(Choice::New),
            Intent::OpenLookBack => Some(Choice::LookBack),
            Intent::Help => {
                app.overlay = Some(Overlay::Help(Help::default()));
                None
            }
            _ => None,
        };
        match chosen {
            Some(Choice::Set(i)) => match app.sets.get(i) {
                Some(offer) if offer.id != app.set.id => {
                    app.ask(Effect::UseSet(offer.id.clone()));
                    Screen::Welcome(self)
                }
                _ => {
                    app.sets.clear();
                    Screen::Clause(Clause::default())
                }
            },
            Some(Choice::Continue) => {
                app.read_only = app.open_elsewhere;
                Screen::Clause(Clause::default())
            }
            // A session that was not resumed is already new: begin it.
            Some(Choice::New) if !app.resumed => Screen::Clause(Clause::default()),
            Some(Choice::New) => {
                app.ask(Effect::StartNew);
                Screen::Welcome(self)
            }
            Some(Choice::LookBack) => {
                // The first screen only counted them: the list comes from the disk now.
                if app.history.is_counted_only() {
                    app.ask(Effect::LoadHistory);
                }
                Screen::LookBack(LookBack::new(self))
            }
            None => Screen::Welcome(self),
        }
    }
}

/// The agreement's title and introduction, how it works, any notices, and the choices.
pub fn content(app: &App, welcome: &Welcome) -> Vec<Block> {
    let mut blocks = intro(app, welcome);
    blocks.extend(choice_blocks(app, welcome));
    blocks
}

/// The agreement's title and introduction, how it works, any notices, and whose folders are here.
pub fn intro(app: &App, welcome: &Welcome) -> Vec<Block> {
    let set = &app.set;
    let total = set.clauses.len();
    let mut blocks = vec![
        Block::line(set.title.as_str(), Tone::Heading),
        Block::line(set.source.as_str(), Tone::Quiet),
        Block::Gap,
    ];
    blocks.extend(set.intro.lines().map(|l| Block::line(l, Tone::Plain)));
    blocks.push(Block::Gap);
    blocks.push(Block::line(crate::t!("screens-welcome-how"), Tone::Strong));
    let clauses = crate::t!("count-short-clauses", count = total);
    for step in [
        crate::t!(
            "screens-welcome-step-count",
            count = total,
            clauses = clauses
        ),
        crate::t!("screens-welcome-step-answer"),
        crate::t!("screens-welcome-step-write"),
        crate::t!("screens-welcome-step-saved"),
        crate::t!("screens-welcome-step-help"),
    ] {
        blocks.push(Block::line(step, Tone::Plain));
    }
    blocks.push(Block::Gap);
    for notice in &app.notices {
        blocks.push(Block::line(format!("⚠ {notice}"), Tone::Warning));
        blocks.push(Block::Gap);
    }
    if !welcome.profiles.is_empty() {
        let names = welcome.profiles.join(", ");
        let count = welcome.profiles.len();
        blocks.push(Block::text(
            crate::t!("screens-welcome-profiles", count = count, names = names),
            Tone::Strong,
        ));
        blocks.push(Block::text(
            crate::t!("screens-welcome-profiles-how"),
            Tone::Plain,
        ));
        blocks.push(Block::Gap);
    }
    blocks
}

/// An offered set as the chooser lists it: its title and its language's
/// name, both in that language, so a reader finds their own at a glance.
fn offered(offer: &SetOffer) -> String {
    let name = crate::i18n::Language::from_tag(&offer.language)
        .map(|l| crate::i18n::table(l).message("language-name", &[]))
        .unwrap_or_else(|| offer.language.clone());
    format!("{} ({name})", offer.title)
}

/// The choices, with the highlighted one marked; a single choice is just a prompt.
pub fn choice_blocks(app: &App, welcome: &Welcome) -> Vec<Block> {
    let press = |key: &str, sentence: String| Block::Line(content::with_key(&sentence, key));
    if app.open_elsewhere {
        return vec![
            Block::line(crate::t!("screens-welcome-open-elsewhere"), Tone::Warning),
            Block::line(crate::t!("screens-welcome-open-elsewhere-how"), Tone::Plain),
        ];
    }
    let choices = choices(app);
    if choices.len() == 1 {
        let enter = crate::t!("key-enter");
        return vec![press(
            &enter,
            crate::t!("screens-welcome-begin", key = &enter),
        )];
    }
    let what = if offers_sets(app) {
        crate::t!("screens-welcome-which-set")
    } else {
        crate::t!("screens-welcome-what")
    };
    let mut blocks = vec![Block::line(what, Tone::Strong)];
    for (i, choice) in choices.iter().enumerate() {
        let label = match choice {
            Choice::Continue => crate::t!(
                "screens-welcome-continue",
                number = app.current + 1,
                total = app.set.clauses.len(),
                answered = app.session.answered(&app.set),
                day = crate::dates::day(app.session.started_at, &app.tz)
            ),
            Choice::New if app.resumed => crate::t!("screens-welcome-start-new"),
            Choice::New => crate::t!("screens-welcome-begin-new"),
            Choice::Set(i) => app.sets.get(*i).map(offered).unwrap_or_default(),
            Choice::LookBack if super::look_back::shows_current(app) => {
                let others = crate::t!("count-other-sessions", count = app.history.len());
                crate::t!("screens-welcome-look-back", others = others)
            }
            // A reflection not begun yet is not one to look back at.
            Choice::LookBack => {
                crate::t!(
                    "screens-welcome-look-back-earlier",
                    count = app.history.len()
                )
            }
        };
        let (marker, tone) = if i == welcome.selected {
            ("› ", Tone::Selected)
        } else {
            ("  ", Tone::Plain)
        };
        blocks.push(Block::Line(vec![
            piece(marker, Tone::Plain),
            piece(label, tone),
        ]));
    }
    blocks.push(Block::Gap);
    let enter = crate::t!("key-enter");
    blocks.push(press(
        &enter,
        crate::t!("screens-welcome-choose", key = &enter),
    ));
    blocks
}
