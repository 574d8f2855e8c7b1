//! The order getAllProcessInfo lists processes in: by group, then name (Python sorts its
//! answer so). The table is in start order, which differs once priorities do; the sorted
//! order is kept until the table changes rather than sorted with string comparisons on
//! every status poll.

use super::Supervisor;
use crate::process::Process;

impl Supervisor {
    /// Table indexes by group, then name.
    pub fn info_order(&self) -> &[u32] {
        // Every change of the table's shape goes through `Table::vec_mut`, which forgets it.
        self.procs.info_order.get_or_init(|| sorted(&self.procs))
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
