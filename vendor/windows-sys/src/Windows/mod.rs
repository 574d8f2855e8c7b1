#[cfg(feature = "Wdk")]
pub mod Wdk;
#[cfg(feature = "Win32")]
pub mod Win32;
