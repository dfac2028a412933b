//! What a page was made from, recorded while it renders: the edges of `haven serve`'s
//! dependency graph (see [`crate::serve::graph`]).
//!
//! Recording is off unless the [`super::View`] is asked for it, so that `haven build` pays for
//! nothing but a branch.

use std::cell::RefCell;
use std::path::PathBuf;

/// One input of a page.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Input {
    /// The rendered Markdown of a content file (and everything else the page shows of it).
    Body(PathBuf),
    /// A content file's card: its title, summary and status, as lists, neighbours, the
    /// navigation and the search index show them.
    Card(PathBuf),
    /// A translation's source file, whose hash decides the "may be out of date" notice.
    Source(PathBuf),
    /// A country file, by its code (`ch`): name, contacts, branding, exit address.
    Country(String),
    /// The Fluent files of a locale.
    Locale(String),
    /// A template, by its name (`partials/contacts.html`).
    Template(String),
}

/// The inputs of one page, collected as it renders; does nothing when off.
#[derive(Debug, Default)]
pub struct Recorder(Option<RefCell<Vec<Input>>>);

impl Recorder {
    /// A recorder that keeps what it is given.
    pub fn on() -> Recorder {
        Recorder(Some(RefCell::default()))
    }

    pub fn is_on(&self) -> bool {
        self.0.is_some()
    }

    /// Record the inputs `make` adds; `make` runs only when recording.
    pub fn add(&self, make: impl FnOnce(&mut Vec<Input>)) {
        if let Some(list) = &self.0 {
            make(&mut list.borrow_mut());
        }
    }

    /// Everything recorded, each once.
    pub fn take(&self) -> Vec<Input> {
        let mut list = self.0.as_ref().map(|l| std::mem::take(&mut *l.borrow_mut())).unwrap_or_default();
        list.sort();
        list.dedup();
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_records_nothing_and_on_keeps_each_input_once() {
        let off = Recorder::default();
        off.add(|l| l.push(Input::Locale("en".into())));
        assert!(off.take().is_empty());
        let on = Recorder::on();
        on.add(|l| l.extend([Input::Locale("fr".into()), Input::Country("ch".into()), Input::Locale("fr".into())]));
        assert_eq!(on.take(), [Input::Country("ch".into()), Input::Locale("fr".into())]);
    }
}
