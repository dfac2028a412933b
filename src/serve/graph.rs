//! The dependency graph of the last successful build: for each input (a lesson file's text or
//! card, a country, a locale's Fluent files, a template), the pages that used it, as recorded
//! while they rendered ([`crate::render::inputs`]).

use rustc_hash::{FxHashMap, FxHashSet};

use crate::render::inputs::Input;
use crate::render::plan::Job;
use crate::render::Recorded;

/// Inputs and pages, each numbered once; edges both ways, so that a page rendered again can
/// replace its inputs.
#[derive(Default)]
pub struct Graph {
    jobs: Vec<Job>,
    job_ids: FxHashMap<Job, u32>,
    input_ids: FxHashMap<Input, u32>,
    /// By input: the pages that used it.
    users: Vec<FxHashSet<u32>>,
    /// By page: the inputs it used.
    uses: Vec<Vec<u32>>,
}

impl Graph {
    /// The graph of a build, from what each page recorded.
    pub fn new(recorded: Recorded) -> Graph {
        let mut graph = Graph::default();
        for (job, inputs) in recorded {
            graph.record(job, inputs);
        }
        graph
    }

    /// Set what `job` used, replacing what it used before.
    pub fn record(&mut self, job: Job, inputs: Vec<Input>) {
        let id = self.job_id(job);
        for old in std::mem::take(&mut self.uses[id as usize]) {
            self.users[old as usize].remove(&id);
        }
        let ids: Vec<u32> = inputs.into_iter().map(|input| self.input_id(input)).collect();
        for &input in &ids {
            self.users[input as usize].insert(id);
        }
        self.uses[id as usize] = ids;
    }

    /// The pages that used any of `inputs`, each once, in the order they were first recorded.
    pub fn users<'a>(&self, inputs: impl IntoIterator<Item = &'a Input>) -> Vec<Job> {
        let mut ids: Vec<u32> = inputs
            .into_iter()
            .filter_map(|input| self.input_ids.get(input))
            .flat_map(|&i| self.users[i as usize].iter().copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter().map(|id| self.jobs[id as usize].clone()).collect()
    }

    /// The number of pages in the graph.
    pub fn len(&self) -> usize {
        self.jobs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }

    fn job_id(&mut self, job: Job) -> u32 {
        if let Some(&id) = self.job_ids.get(&job) {
            return id;
        }
        let id = self.jobs.len() as u32;
        self.jobs.push(job.clone());
        self.job_ids.insert(job, id);
        self.uses.push(Vec::new());
        id
    }

    fn input_id(&mut self, input: Input) -> u32 {
        let next = self.users.len() as u32;
        let id = *self.input_ids.entry(input).or_insert(next);
        if id == next {
            self.users.push(FxHashSet::default());
        }
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson(locale: &str, slug: &str) -> Job {
        Job::Lesson { country: 0, locale: locale.into(), slug: slug.into() }
    }

    #[test]
    fn finds_the_pages_that_used_an_input_and_forgets_what_a_page_no_longer_uses() {
        let fr = Input::Locale("fr".into());
        let en = Input::Locale("en".into());
        let body = Input::Body("content/lessons/a/fr.md".into());
        let mut graph = Graph::new(vec![
            (lesson("fr", "a"), vec![fr.clone(), en.clone(), body.clone()]),
            (lesson("de", "a"), vec![Input::Locale("de".into()), en.clone(), Input::Template("base.html".into())]),
            (Job::Countries, vec![en.clone()]),
        ]);
        assert_eq!(graph.len(), 3);
        assert_eq!(graph.users([&fr]), [lesson("fr", "a")]);
        assert_eq!(graph.users([&en]), [lesson("fr", "a"), lesson("de", "a"), Job::Countries]);
        assert_eq!(graph.users([&fr, &body]), [lesson("fr", "a")]);
        assert!(graph.users([&Input::Country("ch".into())]).is_empty());
        graph.record(lesson("fr", "a"), vec![en.clone()]);
        assert!(graph.users([&fr]).is_empty());
        assert_eq!(graph.users([&en]).len(), 3);
        assert_eq!(graph.len(), 3);
    }
}
