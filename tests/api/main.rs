//! Black-box tests over real HTTP on a random loopback port.

mod bad_input;
mod canary;
#[path = "../support/catalogs.rs"]
mod catalogs;
#[path = "../support/config_copy.rs"]
mod config_copy;
mod guard;
mod health;
mod helpers;
mod json;
mod keys;
mod languages;
mod limits;
mod mail;
mod mail_format;
mod pages;
mod platforms;
#[path = "../support/process.rs"]
mod process;
mod smtp;
