//! The request deadline (`[server] request_timeout_secs`): an answer that is not ready in time
//! is dropped and replaced by an empty `408 Request Timeout`, as tower-http's `TimeoutLayer`
//! with that status answers. Unlike it, the timer is started only when the answer is not
//! ready on its first poll: almost every answer is (the body arrives with the head, and the
//! answer is kept), and a timer costs a registration and a removal in the runtime's wheel.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::http::StatusCode;
use axum::response::Response;
use tokio::time::Sleep;

/// An answer with a deadline; the timer starts the first time the answer is not ready (and is
/// the only thing boxed, on that slow path).
#[derive(Debug)]
pub struct WithDeadline<F> {
    inner: F,
    timeout: Duration,
    sleep: Option<Pin<Box<Sleep>>>,
}

impl<F> WithDeadline<F> {
    /// `inner`, answered with an empty `408` if it is not ready within `timeout` of the first
    /// time it is asked for.
    pub fn new(inner: F, timeout: Duration) -> Self {
        WithDeadline {
            inner,
            timeout,
            sleep: None,
        }
    }
}

impl<F, E> Future for WithDeadline<F>
where
    F: Future<Output = Result<Response, E>> + Unpin,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = self.get_mut();
        if let Poll::Ready(answer) = Pin::new(&mut this.inner).poll(cx) {
            return Poll::Ready(answer);
        }
        let timeout = this.timeout;
        let sleep = this
            .sleep
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(timeout)));
        match sleep.as_mut().poll(cx) {
            Poll::Ready(()) => {
                let mut late = Response::new(axum::body::Body::empty());
                *late.status_mut() = StatusCode::REQUEST_TIMEOUT;
                Poll::Ready(Ok(late))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer_after(
        wait: Duration,
    ) -> WithDeadline<impl Future<Output = Result<Response, std::convert::Infallible>> + Unpin> {
        let answer = Box::pin(async move {
            tokio::time::sleep(wait).await;
            Ok::<_, std::convert::Infallible>(Response::new(axum::body::Body::from("answer")))
        });
        WithDeadline::new(answer, Duration::from_millis(50))
    }

    #[tokio::test]
    async fn an_answer_past_the_deadline_is_an_empty_408() {
        let answer = answer_after(Duration::from_secs(30)).await.unwrap();
        assert_eq!(answer.status(), StatusCode::REQUEST_TIMEOUT);
        let body = axum::body::to_bytes(answer.into_body(), 16).await.unwrap();
        assert!(body.is_empty());
    }

    #[tokio::test]
    async fn an_answer_in_time_is_passed_on() {
        for wait in [Duration::ZERO, Duration::from_millis(1)] {
            let answer = answer_after(wait).await.unwrap();
            assert_eq!(answer.status(), StatusCode::OK, "{wait:?}");
        }
    }
}
