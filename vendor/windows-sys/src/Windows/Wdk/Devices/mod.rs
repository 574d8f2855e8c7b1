#[cfg(feature = "Wdk_Devices_Bluetooth")]
pub mod Bluetooth;
#[cfg(feature = "Wdk_Devices_HumanInterfaceDevice")]
pub mod HumanInterfaceDevice;
