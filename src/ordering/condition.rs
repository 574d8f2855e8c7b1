//! What a dependency must reach before its dependent starts: `depends_on = db:ready,
//! migrate:exited` (a bare name means `running`).
//!
//! | condition | satisfied when every process of the dependency is |
//! |---|---|
//! | `running` (default) | RUNNING, or EXITED with an expected code for a one-shot (`autorestart=false`) |
//! | `ready` | the same: RUNNING already waits for a readiness check (`ready=`) when one is set |
//! | `exited` | EXITED with an exit code listed in its `exitcodes` (a one-shot that completed) |
//!
//! A dependency that is FATAL, or that exited with an unexpected code where `exited` is
//! awaited (or as a one-shot), has failed: its dependents stay STOPPED and say why.

use std::fmt;

/// The state a dependency must reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Condition {
    #[default]
    Running,
    Ready,
    Exited,
}

/// One entry of `depends_on`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dependency {
    /// The program (section name after the colon).
    pub program: String,
    pub condition: Condition,
}

impl Condition {
    /// The spelling in `depends_on`.
    pub fn name(self) -> &'static str {
        match self {
            Condition::Running => "running",
            Condition::Ready => "ready",
            Condition::Exited => "exited",
        }
    }
}

impl Dependency {
    /// Parses `name` or `name:condition` (the condition case-insensitively).
    pub fn parse(text: &str) -> Result<Dependency, String> {
        let (program, condition) = match text.split_once(':') {
            None => (text, Condition::Running),
            Some((name, cond)) => {
                let c = match cond.trim().to_ascii_lowercase().as_str() {
                    "running" => Condition::Running,
                    "ready" => Condition::Ready,
                    "exited" => Condition::Exited,
                    other => {
                        return Err(format!(
                            "depends_on: unknown condition '{other}' for {} (expected running, ready or exited)",
                            name.trim()
                        ))
                    }
                };
                (name, c)
            }
        };
        let program = program.trim();
        if program.is_empty() {
            return Err(format!("depends_on: '{text}' names no program"));
        }
        Ok(Dependency {
            program: program.to_string(),
            condition,
        })
    }
}

impl From<&str> for Dependency {
    /// A dependency written in code (tests): `name` or `name:condition`.
    fn from(text: &str) -> Dependency {
        Dependency::parse(text).unwrap_or(Dependency {
            program: text.to_string(),
            condition: Condition::Running,
        })
    }
}

impl fmt::Display for Dependency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.condition {
            Condition::Running => f.write_str(&self.program),
            c => write!(f, "{}:{}", self.program, c.name()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names_and_conditions() {
        let d = Dependency::parse("db:Ready").unwrap();
        assert_eq!((d.program.as_str(), d.condition), ("db", Condition::Ready));
        assert_eq!(
            Dependency::parse("migrate : exited").unwrap().to_string(),
            "migrate:exited"
        );
        assert_eq!(
            Dependency::parse("app").unwrap().condition,
            Condition::Running
        );
        assert_eq!(Dependency::parse("app:running").unwrap().to_string(), "app");
        assert!(Dependency::parse("db:healthy")
            .unwrap_err()
            .contains("unknown condition 'healthy'"));
        assert!(Dependency::parse(":ready").is_err());
    }
}
