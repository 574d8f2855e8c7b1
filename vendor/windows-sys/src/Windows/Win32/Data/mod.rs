#[cfg(feature = "Win32_Data_HtmlHelp")]
pub mod HtmlHelp;
#[cfg(feature = "Win32_Data_RightsManagement")]
pub mod RightsManagement;
