<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LessonController</name>
    <message>
        <source>The lesson &quot;%1&quot; is not in this course.</source>
        <translation>本课程中没有“%1”这节课。</translation>
    </message>
    <message>
        <source>The lesson page could not be shown: %1</source>
        <translation>无法显示课程页面：%1</translation>
    </message>
</context>
<context>
    <name>LessonListPage</name>
    <message numerus="yes">
        <source>%n lesson(s) in your learning path</source>
        <translation><numerusform>学习路径中共 %n 节课</numerusform></translation>
    </message>
    <message>
        <source>No lessons could be loaded from %1. Open Studio to see what is wrong with the course files.</source>
        <translation>无法从 %1 载入任何课程。请打开“工作室”查看课程文件哪里出了问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n 分钟</numerusform></translation>
    </message>
</context>
<context>
    <name>LessonReaderPage</name>
    <message>
        <source>All lessons</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <source>Back to all lessons</source>
        <translation>返回全部课程</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation><numerusform>阅读约 %n 分钟</numerusform></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一课</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>上一课</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一课</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>下一课</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>工作室</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <source>Quizzes and role-play scenarios will appear here once your course has them enabled.</source>
        <translation>课程开放测验和角色扮演后，会显示在这里。</translation>
    </message>
    <message>
        <source>Search across lessons and the phrasebook will appear here.</source>
        <translation>课程与话术库的搜索将显示在这里。</translation>
    </message>
    <message>
        <source>Progress reports for managers will appear here.</source>
        <translation>管理者查看的学习进度报告将显示在这里。</translation>
    </message>
</context>
<context>
    <name>StudioPage</name>
    <message>
        <source>Course problems</source>
        <translation>课程问题</translation>
    </message>
    <message>
        <source>Every course file in %1 is valid.</source>
        <translation>%1 中的课程文件全部有效。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Files with errors are left out of the course until they are fixed; everything else works.</source>
        <translation><numerusform>发现 %n 个问题。有错误的文件在修正前不会加入课程，其余内容照常可用。</numerusform></translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>dojo::Auth</name>
    <message>
        <source>The login or the PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: try again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN is exactly 6 digits (0–9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting auth_mode in %1 holds &quot;%2&quot;; it must be &quot;password&quot; or &quot;pin&quot;. Set it again with: servicedojo users auth-mode password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change how people sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is 1 to %1 characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name is 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one role: trainee, trainer or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory). Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceDojo is already set up: a manager must add new accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the list of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see another person&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set another person&apos;s password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password or PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active manager. Make someone else a manager first, so that somebody can still manage accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team name is 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the list of teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team named &quot;%1&quot;. Add it first with: servicedojo users teams add NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask a manager to enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dojo::Cli</name>
    <message>
        <source>Run &apos;servicedojo backup --help&apos; for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: servicedojo backup FILE [--force] [--db FILE]

Copies the database to FILE, consistently, also while the app is running.

Options:
  --db FILE    The database to copy (default: %1).
  --force      Replace FILE if it exists (the old copy stays until the new
               one is complete).
  -h, --help   Show this help.

Exit status: 0 done, 1 failed, 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the backup file name, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Choose another name, or pass --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy %1 was written but cannot be read back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy %1 failed its integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KiB, integrity ok).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;servicedojo export --help&apos; for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: servicedojo export --format csv|xapi [--out FILE] [--db FILE] [--home-page URL]

Exports every account&apos;s training records.
  csv    one row per quiz answer and per scenario turn (UTF-8, for Excel)
  xapi   a JSON array of xAPI statements: answered, completed, passed, failed

Options:
  --format FORMAT  csv or xapi.
  --out FILE       Write to FILE instead of standard output.
  --db FILE        The database (default: %1).
  --home-page URL  xAPI: the address of the system the logins belong to
                   (actor.account.homePage; default: %2).
  -h, --help       Show this help.

Exit status: 0 done, 1 failed, 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --format csv or --format xapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--home-page needs an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1: %2. Check the folder exists and you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: servicedojo users &lt;subcommand&gt; [options]

Manage the accounts of a ServiceDojo database.

Subcommands:
  add LOGIN --name NAME --role ROLE[,ROLE...] [--team TEAM] [--password-stdin | --pin]
                      Add an account. ROLE is trainee, trainer or manager.
  list                List the accounts.
  passwd LOGIN [--password-stdin | --pin]
                      Set a new password (or PIN) for an account.
  disable LOGIN       Stop an account from signing in (its records are kept).
  enable LOGIN        Let a disabled account sign in again.
  teams               List the teams.
  teams add NAME      Add a team.
  auth-mode [password|pin]
                      Show or set how people sign in: passwords, or 6-digit PINs
                      (for shared training PCs).

Options:
  --db FILE           The database (default: %1).
  --password-stdin    Read the password or PIN from the first line of standard input.
  --pin               Make up a random 6-digit PIN and print it once (PIN sign-in only).
  -h, --help          Show this help.

Without --password-stdin or --pin, the password is asked for twice at the terminal and is
not shown while typed. Passwords are never taken from the command line.
Exit status: 0 done, 1 failed, 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;servicedojo users --help&apos; for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 on standard input: give it as the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 for %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 was typed; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two entries differ; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database signs in with passwords, so --pin cannot be used. Switch to PINs first with: servicedojo users auth-mode pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1: %2 (give it to the person; it is not shown again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login &quot;%1&quot; is already taken. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2), roles: %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: there is no manager yet. Add one with --role manager so that someone can manage accounts in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Add the first manager with: servicedojo users add LOGIN --name NAME --role manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password or PIN of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in; their records are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams yet. Add one with: servicedojo users teams add NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People now sign in with a 6-digit PIN. Give each account a PIN with: servicedojo users passwd LOGIN --pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People now sign in with a password. Give each account a password with: servicedojo users passwd LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option was given that &apos;users %1&apos; does not take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --password-stdin or --pin, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;users add&apos; takes one LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;users add&apos; needs --name NAME and --role ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role in &quot;%1&quot;: use trainee, trainer or manager, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;users list&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use &apos;users teams&apos; to list the teams or &apos;users teams add NAME&apos; to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;users auth-mode&apos; takes password or pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;users %1&apos; takes one LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a subcommand: add, list, passwd, disable, enable, teams or auth-mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: servicedojo validate [DIR] [--json] [--locale L]

Checks the course files in DIR (default: content) and prints every problem as
file:line:col: error: message, then what each locale holds.

Options:
  --json        Print one JSON document (diagnostics and summary) instead.
  --locale L    Report only on locale L (it is still compared with zh-CN).
  --help        Show this help.

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;servicedojo validate --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--locale needs a locale, e.g. --locale en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one folder can be checked at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no folder &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no locale &apos;%1&apos; in &apos;%2&apos; (found: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dojo::Markdown</name>
    <message>
        <source>Say this</source>
        <translation>这样说</translation>
    </message>
    <message>
        <source>Never say this</source>
        <translation>千万别这样说</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>小贴士</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>dojo::Scoring</name>
    <message>
        <source>%1: pattern %2 is invalid: %3 at offset %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forbidden rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not cover %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You covered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You covered %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — landmine %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote %1 — landmine %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote %1, which should not be said — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply has %1 characters; at least %2 are expected, or it reads as curt — %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply has %1 characters; at most %2 are expected, so the customer waits and reads long — %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You replied in %1 s, within the %2 s target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply covered %1 of %2 key points (%3 needed) — it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply covered %1 of %2 key points (%3 needed) — not enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right — the answer is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You picked %1 of %2 right options and %3 wrong ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right — the statement is true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right — the statement is false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an accepted answer — accepted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items are in the right order relative to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pairs are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right — %1 of %2 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly right — %1 of %2 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right — 0 of %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered — 0 of %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You replied in %1 s; the target is %2 s — %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the landmine %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s mood: %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s mood fell to %1, the limit this customer accepts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s mood rose to %1 (%2 or more ends the conversation well).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation ends: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has no step %1; the conversation ends here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is at most %2: %n landmine(s) hit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is at most %2: the conversation ended with %3; the best run ends with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall score is at most %1 because of landmines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dojo::Store</name>
    <message>
        <source>You are not allowed to %1. Ask a manager if you need this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a file (for example servicedojo.sqlite) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path given with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check that you may write there, or choose another place with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only, so nothing could be saved. Make the file writable (or copy it to a folder you can write to) and try again. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only, but the database needs to keep its journal files beside %2. Make the folder writable or move the file. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ServiceDojo database (it is not an SQLite file). Check the path given with --db. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ServiceDojo (database schema %2; this version understands up to %3). Install the newer version to use it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a ServiceDojo database. Check the path given with --db. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore your latest backup, or move the file aside to start with an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy %1 before upgrading it, so it was left as it is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade step %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed and was undone; the file is as it was. Report this problem with the message: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to %1 returned no row id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 is the database itself. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 already exists; nothing was written. Choose another name, or allow replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of the backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be taken inside a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the backup in place at %1. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by another program and stayed locked for %2 s. Close other ServiceDojo windows or programs using the file, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written (the file, its folder or the disk is read-only). Make it writable, or copy it to a folder you can write to. Nothing already saved was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the last change was not saved. Free some space and try again; everything saved before is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a ServiceDojo database (%2). Restore your latest backup, or move the file aside to start with an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened or read (%2). Check that the disk is there and that you may read and write the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change clashes with what %1 already holds (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1 while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson %1 was never opened, so no time can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson completion needs the content hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record lesson versions without signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson version needs the lesson id and hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read lesson versions without signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiz attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiz attempt needs the quiz id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer needs the question id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz attempt is already finished; its answers cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiz score must lie between 0 and the maximum score (%1 of %2 given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz attempt is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write training records of another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see another person&apos;s training records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export training records without signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review rating is 1 (again) to 4 (easy), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review needs the time it happened and the next due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review card needs its item id and due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario run needs the scenario id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario turn needs its node id, a turn number and a reply time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario turn is either a chosen option or a typed reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario run is already finished; its turns cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario run is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dojo::Validator</name>
    <message>
        <source>the lesson is %1 KiB, more than the limit of %2 KiB: split it into smaller lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 KiB, more than the limit of %2 KiB: split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is %1 MiB, more than the limit of %2 MiB: make it smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (the first bad byte is here): save it with UTF-8 encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the locale folder has no course.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ignored: only files ending in %2 are read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; has no course.yaml and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson starts with its front matter: a line &apos;---&apos;, the fields (id, title, …), and another line &apos;---&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is not closed: add a line &apos;---&apos; after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists and quotes are nested more than %1 levels deep here: flatten them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;:&apos; where none is expected; put text containing &apos;: &apos; in quotes, or check the indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab is used for indentation; use spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list opened with &apos;[&apos; is not closed with &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block opened with &apos;{&apos; is not closed with &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indentation does not fit here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted text is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &apos;\&apos; escape in double quotes; use single quotes instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML aliases (*name) are not supported: write the value out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: unexpected text after the end of the document; check the indentation and remove any &apos;---&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not used by questions of type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list (&apos;- &apos; lines or [a, b])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a group of &apos;key: value&apos; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry of &apos;%1&apos; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry of &apos;%1&apos; must be a group of &apos;key: value&apos; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;points&apos; must be more than 0 and at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 to %3 entries, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be &apos;%2&apos;; use one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case a-z, digits and &apos;-&apos;, starting with a letter or digit, at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; differs from the file name &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the situation &apos;%1&apos; differs from the file name &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is already used at %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no lesson &apos;%1&apos; (lessons/%1.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no quiz &apos;%1&apos; (quizzes/%1.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no scenario &apos;%1&apos; (scenarios/%1.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 &apos;%2&apos;, but there is a %3 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no module lists a lesson, quiz or scenario &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no module &apos;%1&apos; in course.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a node nor an ending of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start node &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;start&apos; must name a node, but &apos;%1&apos; is an ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ending of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the landmine &apos;%1&apos; is not defined in course.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rubric dimension &apos;%1&apos; is not defined in course.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson &apos;%1&apos; has no heading &apos;#%2&apos;; did you mean &apos;#%3&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson &apos;%1&apos; has no heading &apos;#%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;see&apos; cannot be &apos;%1&apos;; write a lesson id, optionally followed by &apos;#&apos; and a heading anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image &apos;%1&apos; is outside the %2 folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image &apos;%1&apos; is not a file of the course: put it in assets/ and link it with a relative path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image &apos;%1&apos; has an unsupported type: use png, jpg, svg, webp or gif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;locale&apos; is &apos;%1&apos; but the folder is &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item names exactly one of &apos;lesson&apos;, &apos;quiz&apos; or &apos;scenario&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already listed in module &apos;%2&apos; on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no module in course.yaml lists the %1 &apos;%2&apos;, so trainees never see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;module&apos; is &apos;%1&apos;, but course.yaml lists this in module &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prerequisites form a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot require itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no option is marked &apos;correct: true&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single-choice question has exactly one correct option, this one has %1 (use type: multiple)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question of type &apos;%1&apos; needs %2 to %3 options, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ordering question needs %1 to %2 items, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a matching question needs %1 to %2 pairs, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this pair has a &apos;%1&apos; but no &apos;%2&apos;: every pair needs both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question &apos;%1&apos; has no explanation: trainees learn most from why an answer is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node needs either &apos;options&apos; or &apos;free_reply&apos;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node offers %1 to %2 options, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one of &apos;phrases&apos; or &apos;patterns&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;min_length&apos; (%1) is larger than &apos;max_length&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mood floor %1 must be below the starting mood %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mood ceiling %1 must be above the starting mood %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node &apos;%1&apos; cannot be reached from the start node &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ending &apos;%1&apos; can never be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node &apos;%1&apos; has no path to an ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nodes %1 loop with no way to an ending: give one of them an option that leads out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no locale folder (a folder with a course.yaml) was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 folder: %1 is the reference every locale is checked against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course id &apos;%1&apos; differs from %2&apos;s &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; of %3 (%4) is missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; does not exist in %3: every locale has the same ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question &apos;%1&apos; has type &apos;%2&apos; in %3 but &apos;%4&apos; here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node or ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phrasebook file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landmine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: modules %2, lessons %3, quizzes %4, questions %5 (%6), scenarios %7, nodes %8, endings %9, phrasebook entries %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors %1, warnings %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
