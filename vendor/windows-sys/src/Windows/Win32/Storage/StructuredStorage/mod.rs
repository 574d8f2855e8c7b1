pub type JET_API_PTR = usize;
pub type JET_HANDLE = usize;
pub type JET_TABLEID = usize;
