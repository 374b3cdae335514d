//! Uploaded files: [`FolderStore`] keeps them in a folder outside the web root (the embedded
//! default), [`S3Store`] in an S3-compatible object store (scale-out), [`ClamdScanner`] sends them to ClamAV's clamd with the INSTREAM command over TCP or
//! a Unix socket.

mod clamd;
mod folder;
mod s3;
mod sigv4;
#[cfg(feature = "testing")]
pub mod testing;
mod text;

pub use clamd::{ClamdAddress, ClamdScanner};
pub use folder::FolderStore;
pub use s3::{S3Location, S3Store};
pub use sigv4::Credentials;
pub use text::CommandLineExtractor;
