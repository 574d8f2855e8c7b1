//! Priority chains (`startinorder`, `startnextafter`): which program the chain starts at
//! boot, and which next when a program reaches its trigger state.

use super::{state, Plan, Views};

impl Plan {
    /// Programs to start when the daemon starts (or after a reload): autostart programs that
    /// no chain link gates, plus the head of the chain. Their dependencies are gated
    /// separately by [`Plan::blocker`].
    pub fn boot_programs(&mut self) -> Vec<usize> {
        self.fired.iter_mut().for_each(|f| *f = false);
        (0..self.programs.len())
            .filter(|&i| (self.programs[i].autostart && !self.chained[i]) || Some(i) == self.head)
            .collect()
    }

    /// Whether program `p` is held back until its predecessor in the chain fires.
    pub fn is_chained(&self, p: usize) -> bool {
        self.chained[p]
    }

    /// The program whose chain link starts program `p`, if a chain gates it.
    pub fn chain_predecessor(&self, p: usize) -> Option<usize> {
        self.prev_in_chain[p]
    }

    /// Call after process `process` entered state `new_state`: returns the programs a chain
    /// link now starts (each link fires once per run).
    pub fn on_transition<V: Views + ?Sized>(
        &mut self,
        process: usize,
        new_state: i32,
        views: &V,
    ) -> Vec<usize> {
        let Some(p) = self.owner_of(process) else {
            return Vec::new();
        };
        let spec = &self.programs[p];
        if !spec.startinorder || spec.startnextafter != new_state || self.fired[p] {
            return Vec::new();
        }
        let all_there = spec
            .processes
            .iter()
            .all(|&q| views.view(q).is_some_and(|v| v.state == new_state));
        if !all_there {
            return Vec::new();
        }
        self.fired[p] = true;
        self.next_in_chain[p].into_iter().collect()
    }

    /// The chain link that stopped at program `p` because it entered a terminal state
    /// instead of its trigger, if any: `(successor name, reason)`, for the main log.
    pub fn chain_stalled(&self, process: usize, new_state: i32) -> Option<(String, String)> {
        let p = self.owner_of(process)?;
        let next = self.next_in_chain[p]?;
        let spec = &self.programs[p];
        if self.fired[p] || spec.startnextafter == new_state || new_state != state::FATAL {
            return None;
        }
        Some((
            self.programs[next].name.clone(),
            format!(
                "{} entered FATAL instead of {}",
                spec.name,
                state::name(spec.startnextafter)
            ),
        ))
    }
}
