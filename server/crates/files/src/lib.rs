//! Uploaded files: [`FolderStore`] keeps them in a folder outside the web root (the embedded
//! default), [`ClamdScanner`] sends them to ClamAV's clamd with the INSTREAM command over TCP or
//! a Unix socket.

mod clamd;
mod folder;
#[cfg(feature = "testing")]
pub mod testing;

pub use clamd::{ClamdAddress, ClamdScanner};
pub use folder::FolderStore;
