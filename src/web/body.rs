//! What a body may be: only form posts and JSON come in, and never more than `BODY_LIMIT`
//! bytes. There is no upload anywhere in Signpost. [`crate::web::extract`] enforces it.

/// Largest body accepted, in bytes. The longest honest answer set is well under 1 KiB.
pub const BODY_LIMIT: usize = 16 * 1024;

/// What a route accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accepts {
    /// `application/x-www-form-urlencoded`: the public pages.
    Form,
    /// `application/json`: the API.
    Json,
}

impl Accepts {
    /// The one media type the route takes.
    pub fn media_type(self) -> &'static str {
        match self {
            Accepts::Form => "application/x-www-form-urlencoded",
            Accepts::Json => "application/json",
        }
    }
}
