//! The `signpost` binary: parse the command line and run the subcommand.

fn main() -> std::process::ExitCode {
    signpost::cli::main()
}
