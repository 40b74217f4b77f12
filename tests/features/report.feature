Feature: A verification report for the desk's editors
  Every week the desk sends its editors a report straight out of the tool: how many claims stand in each status
  and verdict, what changed in the week and who changed it why, which time-bound claims are due for a re-check,
  each speaker's tally, and every claim with its status timeline and sources. A report for a past date says
  exactly what the store knew at the end of that day, rebuilt from the history.

  Background:
    Given a fresh claim store
    And it is 2026-01-31 18:00 UTC
    And the desk imported these claims:
      | speaker         | text                                            | said_on    | due        | outlet |
      | Steve Witkoff   | Pogovori v Miamiju so bili konstruktivni.       | 2026-01-31 |            | STA    |
      | Kiril Dmitrijev | Premirje bo veljalo do nedelje.                 | 2026-01-31 | 2026-02-01 | N1     |
      | Kremelj         | Napadov na energetsko infrastrukturo ne bo več. | 2026-01-30 |            | Delo   |
    And it is 2026-02-01 09:30 UTC
    And Ana recorded the status "in-review" on "Premirje bo veljalo do nedelje."
    And it is 2026-02-02 14:15 UTC
    And Bojan recorded the status "false" on "Napadov na energetsko infrastrukturo ne bo več."
    And it is 2026-02-05 10:00 UTC
    And Ana recorded the status "mostly-true" on "Pogovori v Miamiju so bili konstruktivni."

  Scenario: The report for a past date says what the store knew at the end of that day
    When I run "claims report --format json --as-of 2026-02-01 --out -"
    Then the command succeeds
    And the report's counts by status are:
      | status     | claims |
      | unverified | 2      |
      | in-review  | 1      |
    And the report has no verdicts
    And the claims due for re-checking are:
      | id of                           | why               | due        | status    |
      | Premirje bo veljalo do nedelje. | past its due date | 2026-02-01 | in-review |

  Scenario: A later date counts the verdicts recorded since
    When I run "claims report --format json --as-of 2026-02-05 --out -"
    Then the command succeeds
    And the report's counts by status are:
      | status      | claims |
      | in-review   | 1      |
      | mostly-true | 1      |
      | false       | 1      |
    And the report's counts by verdict are:
      | verdict     | claims |
      | mostly-true | 1      |
      | false       | 1      |

  Scenario: What changed in the period, oldest first, with who and why
    When I run "claims report --format json --since 2026-02-01 --as-of 2026-02-03 --out -"
    Then the command succeeds
    And what changed is:
      | when                   | id of                                           | from       | status    | by    |
      | 2026-02-01 09:30 UTC   | Premirje bo veljalo do nedelje.                 | unverified | in-review | Ana   |
      | 2026-02-02 14:15 UTC   | Napadov na energetsko infrastrukturo ne bo več. | unverified | false     | Bojan |
    And the claims of the report are:
      | id of                                           | status    | verdict |
      | Napadov na energetsko infrastrukturo ne bo več. | false     | false   |
      | Premirje bo veljalo do nedelje.                 | in-review |         |

  Scenario: The weekly report as a Markdown file for the editors
    When I run "claims report --format md --since 2026-02-01 --as-of 2026-02-07 --out weekly.md"
    Then the command succeeds
    And the file "weekly.md" starts with "# Verification report"
    And the file "weekly.md" has the sections "Claims by status", "Claims by verdict", "What changed", "Due for re-checking", "Speakers", "Claims"

  Scenario: The report as one HTML page that needs no network
    When I run "claims report --format html --as-of 2026-02-07 --out weekly.html"
    Then the command succeeds
    And the file "weekly.html" is one self-contained page with charts

  Scenario: A speaker's record as a page
    When I run "claims speaker Witkoff --format html --as-of 2026-02-07 --out witkoff.html"
    Then the command succeeds
    And the file "witkoff.html" is one self-contained page with charts
    And the file "witkoff.html" names "Steve Witkoff" and not "Kiril Dmitrijev"

  Scenario: A period that ends before it starts is refused
    When I run "claims report --since 2026-02-05 --as-of 2026-02-01 --out -"
    Then the command fails with exit code 1
    And the error is "--since 2026-02-05 is after the report's date 2026-02-01"
