//! Black-box tests over real HTTP on a random loopback port.

mod health;
mod helpers;
mod json;
mod pages;
