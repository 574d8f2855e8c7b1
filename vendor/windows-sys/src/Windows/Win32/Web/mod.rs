#[cfg(feature = "Win32_Web_InternetExplorer")]
pub mod InternetExplorer;
