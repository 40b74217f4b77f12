Feature: Extract who said what from an article
  A fact-checker points `claims extract` at a news article and gets every attributed statement in it: who said
  it, whether it was quoted or reported, the cue that attributes it, where it was said and when it falls due.
  With --save the statements become claims in the store, each article stored once however often it is read. A
  folder goes through every article in it; a file that is not text is named and passed over, the others go
  through, and the command fails at the end.

  Background:
    Given a fresh claim store
    And the sample article sources/2026-01-31-dmitrijev-miami.sl.txt

  Scenario: A readable table of who said what, in the article's order
    When I run "claims extract sources/2026-01-31-dmitrijev-miami.sl.txt"
    Then the command succeeds
    And the table has the columns speaker, quote_type, cue, channel, due, text
    And the statements shown are:
      | speaker                | quote_type | cue              | channel   | due        |
      | Kiril Dmitrijev        | indirect   | poročala         |           |            |
      | Steve Witkoff          | indirect   | poročala         |           |            |
      | Kiril Dmitrijev        | mixed      | sporočil         | Instagram |            |
      | anonymous source (vir) | indirect   | potrdil          | AFP       |            |
      | Steve Witkoff          | indirect   | je potrdil       |           |            |
      | Steve Witkoff          | indirect   | označil          | X         |            |
      | Steve Witkoff          | direct     | je zapisal       | X         |            |
      | Kiril Dmitrijev        | indirect   | označil          | X         |            |
      | Kiril Dmitrijev        | direct     | je dodal         | X         |            |
      | Washington             | indirect   | Glede na navedbe |           |            |
      | pogajalci              | indirect   | poročajo         |           |            |
      | Rusija                 | indirect   | zahteva          |           |            |
      | Kremelj                | indirect   | glede na navedbe |           | 2026-02-01 |
    And nothing is written on stderr

  Scenario: JSON Lines give SPEC's contract, one statement a line
    When I run "claims extract --format jsonl sources/2026-01-31-dmitrijev-miami.sl.txt"
    Then the command succeeds
    And every line is a JSON object with the keys speaker, speaker_kind, text, quote_type, cue, channel, start, end, language, due, confidence
    And every confidence is between 0 and 1
    And the statements printed are:
      | speaker                | speaker_kind | quote_type | channel   | start | end  | language | due        |
      | Kiril Dmitrijev        | person       | indirect   |           | 333   | 359  | sl       |            |
      | Steve Witkoff          | person       | indirect   |           | 333   | 359  | sl       |            |
      | Kiril Dmitrijev        | person       | mixed      | Instagram | 362   | 385  | sl       |            |
      | anonymous source (vir) | anonymous    | indirect   | AFP       | 527   | 610  | sl       |            |
      | Steve Witkoff          | person       | indirect   |           | 659   | 783  | sl       |            |
      | Steve Witkoff          | person       | indirect   | X         | 785   | 833  | sl       |            |
      | Steve Witkoff          | person       | direct     | X         | 836   | 884  | sl       |            |
      | Kiril Dmitrijev        | person       | indirect   | X         | 900   | 941  | sl       |            |
      | Kiril Dmitrijev        | person       | direct     | X         | 959   | 1109 | sl       |            |
      | Washington             | organization | indirect   |           | 1569  | 1595 | sl       |            |
      | pogajalci              | group        | indirect   |           | 1619  | 1645 | sl       |            |
      | Rusija                 | organization | indirect   |           | 1785  | 1871 | sl       |            |
      | Kremelj                | organization | indirect   |           | 2013  | 2136 | sl       | 2026-02-01 |
    And each statement's text is the article's text from its start to its end
    And each statement's source is "sources/2026-01-31-dmitrijev-miami.sl.txt"

  Scenario: Saving stores the statements as claims of their speakers
    When I run "claims extract --save sources/2026-01-31-dmitrijev-miami.sl.txt"
    Then the command succeeds
    And stderr is:
      """
      sources/2026-01-31-dmitrijev-miami.sl.txt: saved 13 claim(s)
      """
    And the store holds 13 claims
    When I run "claims speaker Witkoff"
    Then the command succeeds
    And the speaker is shown with:
      | field   | value               |
      | speaker | Steve Witkoff       |
      | kind    | person              |
      | role    | ameriški odposlanec |
      | claims  | 4                   |
      | tally   | unverified 4        |
    And the speaker's claims are:
      | said_on    | status     | quote_type | channel | text                                             |
      | 2026-01-31 | unverified | indirect   |         | o konstruktivnih pogovorih                       |
      | 2026-01-31 | unverified | indirect   |         | da sta se z njim poleg njega sestala še ameriški finančni minister Scot… |
      | 2026-01-31 | unverified | indirect   | X       | Pogovor je na omrežju X označil za konstruktivne |
      | 2026-01-31 | unverified | direct     | X       | To srečanje nas opogumlja, da Rusija dela za mir |

  Scenario: Saving the same article again adds nothing
    Given I ran "claims extract --save sources/2026-01-31-dmitrijev-miami.sl.txt"
    When I run "claims extract --save sources/2026-01-31-dmitrijev-miami.sl.txt"
    Then the command succeeds
    And stderr is:
      """
      sources/2026-01-31-dmitrijev-miami.sl.txt: already stored, skipped
      """
    And the store holds 13 claims

  Scenario: A folder: every article goes through, and a file that is not text is named and passed over
    Given the sample article is also news/01-miami.txt
    And the file news/02-most.txt holds:
      """
      date 2026-02-02
      Župan Zoran Janković je potrdil, da bo most odprt do petka.
      """
    And the file news/03-scan.txt holds the first bytes of a PNG image
    And the file news/04-feed.jsonl holds:
      """
      {"text": "The mayor, Ann Smith, said the bridge would open by Friday.", "url": "https://example.com/bridge", "outlet": "Example News", "date": "2026-01-31"}
      """
    When I run "claims extract --save news"
    Then the command fails with exit code 1
    And stderr is:
      """
      news/01-miami.txt: saved 13 claim(s)
      news/02-most.txt: saved 1 claim(s)
      Error: news/03-scan.txt: a binary file, not text
      news/04-feed.jsonl, line 1: saved 1 claim(s)
      Error: 1 input(s) could not be read
      """
    And the store holds 15 claims
    When I run "claims list --format jsonl --due-by 2026-02-28"
    Then the claims listed are:
      | said_on    | speaker        | due        | outlet       | text                                                                                                                       |
      | 2026-01-31 | Kremelj        | 2026-02-01 |              | na začasno prekinitev napadov na energetsko infrastrukturo v Ukrajini, ki naj bi glede na navedbe Kremlja trajal do nedelje |
      | 2026-01-31 | Ann Smith      | 2026-02-06 | Example News | the bridge would open by Friday                                                                                            |
      | 2026-02-02 | Zoran Janković | 2026-02-06 |              | da bo most odprt do petka                                                                                                  |
    When I run "claims extract --save news"
    Then the command fails with exit code 1
    And stderr is:
      """
      news/01-miami.txt: already stored, skipped
      news/02-most.txt: already stored, skipped
      Error: news/03-scan.txt: a binary file, not text
      news/04-feed.jsonl, line 1: already stored, skipped
      Error: 1 input(s) could not be read
      """
    And the store holds 15 claims
