//! Why a ctl request failed below the XML-RPC level, worded as Python's supervisorctl
//! reports it.

use std::fmt;
use std::io;

/// Why a request failed below the XML-RPC level.
#[derive(Debug)]
pub enum ClientError {
    /// Connection refused (supervisorctl: `<url> refused connection`).
    Refused,
    /// The socket file does not exist (`<url> no such file`).
    NoSuchFile,
    /// HTTP 401.
    Unauthorized,
    /// Any other HTTP status.
    Status(u16, String),
    /// I/O error talking to the server.
    Io(io::Error),
    /// The body is not a valid XML-RPC response.
    Decode(String),
    /// serverurl is neither http:// nor unix://.
    BadUrl(String),
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientError::Refused => {
                f.write_str("<class 'ConnectionRefusedError'>, [Errno 111] Connection refused")
            }
            ClientError::NoSuchFile => {
                f.write_str("<class 'FileNotFoundError'>, [Errno 2] No such file or directory")
            }
            ClientError::Unauthorized => f.write_str(
                "<class 'xmlrpc.client.ProtocolError'>, <ProtocolError for 127.0.0.1/RPC2: 401 Unauthorized>",
            ),
            ClientError::Status(code, reason) => write!(
                f,
                "<class 'xmlrpc.client.ProtocolError'>, <ProtocolError for 127.0.0.1/RPC2: {code} {reason}>"
            ),
            ClientError::Io(e) => write!(f, "<class 'OSError'>, {e}"),
            ClientError::Decode(m) => write!(f, "<class 'xml.parsers.expat.ExpatError'>, {m}"),
            ClientError::BadUrl(u) => write!(f, "<class 'ValueError'>, bad server url {u}"),
        }
    }
}
