//! The mail seam's two implementations. Both build the same RFC 5322 message with lettre:
//! [`FolderMailer`] writes it as `<message-id>.eml` into a folder (the embedded default: nothing
//! to set up, and a retried send overwrites the same file), [`SmtpMailer`] hands it to an SMTP
//! server (production).

mod folder;
mod message;
mod smtp;
#[cfg(feature = "testing")]
pub mod testing;

pub use folder::FolderMailer;
pub use message::Sender;
pub use smtp::{SmtpMailer, SmtpSecurity, SmtpSettings};
