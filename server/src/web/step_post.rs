//! Reading a step's post: URL-encoded (steps without files) or multipart (steps with files).
//! Files are streamed into the file store's staging folder, counted, hashed and sniffed on the
//! way, and cut off at the largest size any field allows; nothing of a file is held in memory.

use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Form, RequestExt};
use domain::form::check::MAX_UPLOAD_KB;
use services::uploads::ReceivedFile;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use super::AppState;

/// Most files one post may carry.
const MAX_FILES_PER_POST: usize = 20;
/// How many first bytes are kept for recognising the type.
const HEAD_BYTES: usize = 16;

pub struct StepPost {
    pub pairs: Vec<(String, String)>,
    pub files: Vec<ReceivedFile>,
}

impl FromRequest<AppState> for StepPost {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let multipart = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("multipart/form-data"));
        if !multipart {
            let Form(pairs) = request
                .extract::<Form<Vec<(String, String)>>, _>()
                .await
                .map_err(IntoResponse::into_response)?;
            return Ok(StepPost {
                pairs,
                files: Vec::new(),
            });
        }
        let multipart: Multipart = request
            .extract()
            .await
            .map_err(IntoResponse::into_response)?;
        let staging = state.portal.files.staging_folder();
        tokio::fs::create_dir_all(&staging)
            .await
            .map_err(internal)?;
        let mut post = StepPost {
            pairs: Vec::new(),
            files: Vec::new(),
        };
        // On an error, dropping `post` removes what was staged.
        read_parts(multipart, &staging, &mut post).await?;
        Ok(post)
    }
}

async fn read_parts(
    mut multipart: Multipart,
    staging: &std::path::Path,
    post: &mut StepPost,
) -> Result<(), Response> {
    while let Some(mut field) = multipart.next_field().await.map_err(bad_request)? {
        let name = field.name().unwrap_or_default().to_owned();
        let Some(file_name) = field.file_name().map(str::to_owned) else {
            post.pairs
                .push((name, field.text().await.map_err(bad_request)?));
            continue;
        };
        if post.files.len() >= MAX_FILES_PER_POST {
            return Err(StatusCode::PAYLOAD_TOO_LARGE.into_response());
        }
        let path = staging.join(services::random_token());
        let mut out = tokio::fs::File::create(&path).await.map_err(internal)?;
        post.files.push(ReceivedFile {
            field: name,
            file_name,
            path: path.clone(),
            size_bytes: 0,
            sha256: String::new(),
            head: Vec::new(),
            too_large: false,
        });
        let received = post.files.last_mut().expect("just pushed");
        let mut hasher = Sha256::new();
        let mut head = Vec::new();
        let mut size: u64 = 0;
        let limit = u64::from(MAX_UPLOAD_KB) * 1024;
        let mut too_large = false;
        while let Some(chunk) = field.chunk().await.map_err(bad_request)? {
            size += chunk.len() as u64;
            if size > limit {
                // Keep reading to the end of the part, but keep nothing more of it.
                too_large = true;
                continue;
            }
            if head.len() < HEAD_BYTES {
                head.extend_from_slice(&chunk[..chunk.len().min(HEAD_BYTES - head.len())]);
            }
            hasher.update(&chunk);
            out.write_all(&chunk).await.map_err(internal)?;
        }
        out.flush().await.map_err(internal)?;
        received.size_bytes = size;
        received.sha256 = hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        received.head = head;
        received.too_large = too_large;
        // A file input left empty is posted as a part without a name or content.
        if received.file_name.is_empty() && size == 0 {
            post.files.pop();
        }
    }
    Ok(())
}

fn bad_request(error: axum::extract::multipart::MultipartError) -> Response {
    tracing::warn!(%error, "unreadable multipart post");
    error.status().into_response()
}

fn internal(error: std::io::Error) -> Response {
    tracing::error!(%error, "cannot stage an upload");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}
