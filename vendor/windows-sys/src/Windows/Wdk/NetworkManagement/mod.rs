#[cfg(feature = "Wdk_NetworkManagement_Ndis")]
pub mod Ndis;
#[cfg(feature = "Wdk_NetworkManagement_WindowsFilteringPlatform")]
pub mod WindowsFilteringPlatform;
