//! The pages of local citizen accounts (e-mail address and password), where the authority
//! switches them on: the login page offering them beside the identity provider, registering,
//! confirming the address, and setting a new password.

mod confirm_email_page;
mod forgot_password_page;
mod link_gone_page;
mod login_page;
mod mail_sent_page;
mod new_password_page;
mod register_page;

pub use confirm_email_page::{ConfirmEmailPage, ConfirmEmailView};
pub use forgot_password_page::{ForgotPasswordPage, ForgotPasswordView};
pub use link_gone_page::LinkGonePage;
pub use login_page::{LoginNotice, LoginPage, LoginView};
pub use mail_sent_page::{MailSentKind, MailSentPage};
pub use new_password_page::{NewPasswordPage, NewPasswordView};
pub use register_page::{RegisterPage, RegisterView};
