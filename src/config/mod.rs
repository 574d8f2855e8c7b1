//! Configuration: reading supervisord.conf exactly like Python Supervisor 4.3.
//!
//! `ini` reads the dialect, `expand` does `%(name)s`, `values` parses option types,
//! `reader` looks options up and converts them with their location, `sections` reads each
//! section kind, `load` builds the validated `model::Config` from them, `cli` parses the
//! daemon's command line.

pub mod cli;
pub mod diff;
mod discard;
pub mod document;
pub mod error;
pub mod expand;
pub mod glob;
pub mod ini;
pub mod load;
pub mod logpipe;
pub mod model;
mod reader;
mod sections;
pub mod syslog;
pub mod values;

pub use cli::{find_config_file, parse_daemon_args, DaemonArgs, Overrides};
pub use error::ConfigError;
pub use load::{find_ctl_config_file, load, load_ctl, load_with_env, CTL_DEFAULT_SERVERURL};
pub use model::*;
