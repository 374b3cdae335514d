//! Real parts for tests of this and other crates: a clamd with a test signature, and a stand-in
//! for an S3-compatible store.

mod clamd;
mod mock_s3;
mod pdf;

pub use clamd::{Clamd, EICAR};
pub use mock_s3::MockS3;
pub use pdf::{PAGE, pdf_of, stream, text_pdf};
