//! The webhook seam's implementation: a POST through the portal's own HTTP client (https, or
//! http to this machine only), with a short timeout so a slow receiver cannot hold the worker.

use std::time::Duration;

use async_trait::async_trait;
use http_client::HttpClient;
use services::webhooks::WebhookSender;

pub struct HttpWebhookSender {
    client: HttpClient,
}

impl HttpWebhookSender {
    pub fn new(timeout: Duration) -> HttpWebhookSender {
        HttpWebhookSender {
            client: HttpClient::new(timeout),
        }
    }
}

#[async_trait]
impl WebhookSender for HttpWebhookSender {
    async fn post(
        &self,
        url: &str,
        headers: &[(&str, String)],
        body: Vec<u8>,
    ) -> Result<u16, String> {
        let mut request = http::Request::post(url);
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        let request = request.body(body).map_err(|e| e.to_string())?;
        let response = self.client.send(request).await.map_err(|e| e.to_string())?;
        Ok(response.status().as_u16())
    }
}
