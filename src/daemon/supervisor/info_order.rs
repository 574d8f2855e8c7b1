//! The order getAllProcessInfo lists processes in: by group, then name (Python sorts its
//! answer so). The table is in start order, which differs once priorities do; the sorted
//! order is kept until the table changes rather than sorted with string comparisons on
//! every status poll.

use std::borrow::Cow;

use super::Supervisor;
use crate::process::Process;

impl Supervisor {
    /// Table indexes by group, then name.
    pub fn info_order(&self) -> Cow<'_, [u32]> {
        match self.info_order.get() {
            Some(order) if order.len() == self.procs.len() => Cow::Borrowed(order),
            // A table changed without `forget_info_order`: right, if not cached.
            Some(_) => Cow::Owned(sorted(&self.procs)),
            None => Cow::Borrowed(self.info_order.get_or_init(|| sorted(&self.procs))),
        }
    }

    /// Forgets the order after processes were added, removed or reordered.
    pub(super) fn forget_info_order(&mut self) {
        self.info_order = std::cell::OnceCell::new();
    }
}

fn sorted(procs: &[Process]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..procs.len() as u32).collect();
    order.sort_by(|&a, &b| {
        let (pa, pb) = (&procs[a as usize].config, &procs[b as usize].config);
        (&pa.group, &pa.name).cmp(&(&pb.group, &pb.name))
    });
    order
}
