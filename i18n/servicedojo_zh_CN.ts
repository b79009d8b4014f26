<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FirstRunController</name>
    <message>
        <source>The database is not open, so no account can be created: %1</source>
        <translation>数据库没有打开，无法创建账号：%1</translation>
    </message>
    <message>
        <source>Enter your name and a sign-in name.</source>
        <translation>请填写姓名和登录名。</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to ServiceDojo</source>
        <translation>欢迎使用 ServiceDojo</translation>
    </message>
    <message>
        <source>This training database has no accounts yet. Create the first manager account: it can add trainees, trainers and other managers later.</source>
        <translation>这个培训数据库还没有任何账号。请先创建第一个管理者账号，之后可以用它添加学员、培训师和其他管理者。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>e.g. Wang Fang</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>e.g. wangfang</source>
        <translation>例如：wangfang</translation>
    </message>
    <message>
        <source>6-digit PIN</source>
        <translation>6 位 PIN 码</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>密码（至少 8 个字符）</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create manager account</source>
        <translation>创建管理者账号</translation>
    </message>
</context>
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
        <translation>
            <numerusform>学习路径中共 %n 节课</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons could be loaded from %1. Open Studio to see what is wrong with the course files.</source>
        <translation>无法从 %1 载入任何课程。请打开“工作室”查看课程文件哪里出了问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
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
        <translation>
            <numerusform>阅读约 %n 分钟</numerusform>
        </translation>
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
    <message>
        <source>Lessons work, but your progress cannot be saved: %1</source>
        <translation>课程可以正常学习，但学习进度无法保存：%1</translation>
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
        <translation>
            <numerusform>发现 %n 个问题。有错误的文件在修正前不会加入课程，其余内容照常可用。</numerusform>
        </translation>
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
        <translation>登录名或 PIN 码错误。</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: try again in %n s.</source>
        <translation>
            <numerusform>登录失败次数过多：请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN is exactly 6 digits (0–9).</source>
        <translation>PIN 码必须正好是 6 位数字（0–9）。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The setting auth_mode in %1 holds &quot;%2&quot;; it must be &quot;password&quot; or &quot;pin&quot;. Set it again with: servicedojo users auth-mode password</source>
        <translation>%1 中的设置 auth_mode 为“%2”，但它只能是“password”或“pin”。请用以下命令重新设置：servicedojo users auth-mode password</translation>
    </message>
    <message>
        <source>change how people sign in</source>
        <translation>更改登录方式</translation>
    </message>
    <message>
        <source>A login is 1 to %1 characters without spaces.</source>
        <translation>登录名为 1 到 %1 个字符，不能含空格。</translation>
    </message>
    <message>
        <source>A display name is 1 to %1 characters.</source>
        <translation>显示名称为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>Give at least one role: trainee, trainer or manager.</source>
        <translation>请至少指定一个角色：trainee（学员）、trainer（培训师）或 manager（管理者）。</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory). Close other programs and try again.</source>
        <translation>无法保护密码（内存不足）。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>There is no team with id %1.</source>
        <translation>不存在 id 为 %1 的团队。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken. Choose another one.</source>
        <translation>登录名“%1”已被占用，请换一个。</translation>
    </message>
    <message>
        <source>ServiceDojo is already set up: a manager must add new accounts.</source>
        <translation>ServiceDojo 已完成设置：新账号须由管理者添加。</translation>
    </message>
    <message>
        <source>add accounts</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>不存在账号 %1。</translation>
    </message>
    <message>
        <source>see the list of accounts</source>
        <translation>查看账号列表</translation>
    </message>
    <message>
        <source>see another person&apos;s account</source>
        <translation>查看他人的账号</translation>
    </message>
    <message>
        <source>look up accounts</source>
        <translation>查询账号</translation>
    </message>
    <message>
        <source>There is no account with the login &quot;%1&quot;.</source>
        <translation>不存在登录名为“%1”的账号。</translation>
    </message>
    <message>
        <source>set another person&apos;s password or PIN</source>
        <translation>设置他人的密码或 PIN 码</translation>
    </message>
    <message>
        <source>The current password or PIN is wrong.</source>
        <translation>当前密码或 PIN 码错误。</translation>
    </message>
    <message>
        <source>This is the last active manager. Make someone else a manager first, so that somebody can still manage accounts.</source>
        <translation>这是最后一位在用的管理者。请先将其他人设为管理者，以确保仍有人能管理账号。</translation>
    </message>
    <message>
        <source>disable accounts</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>enable accounts</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>change teams</source>
        <translation>更改团队</translation>
    </message>
    <message>
        <source>add teams</source>
        <translation>添加团队</translation>
    </message>
    <message>
        <source>A team name is 1 to %1 characters.</source>
        <translation>团队名称为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>A team named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的团队已存在。</translation>
    </message>
    <message>
        <source>see the list of teams</source>
        <translation>查看团队列表</translation>
    </message>
    <message>
        <source>There is no team named &quot;%1&quot;. Add it first with: servicedojo users teams add NAME</source>
        <translation>不存在名为“%1”的团队。请先用以下命令添加：servicedojo users teams add NAME</translation>
    </message>
    <message>
        <source>This account is disabled. Ask a manager to enable it again.</source>
        <translation>此账号已停用。请联系管理者重新启用。</translation>
    </message>
</context>
<context>
    <name>dojo::Cli</name>
    <message>
        <source>Run &apos;servicedojo backup --help&apos; for the usage.</source>
        <translation>运行 &apos;servicedojo backup --help&apos; 查看用法。</translation>
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
        <translation>用法：servicedojo backup FILE [--force] [--db FILE]

将数据库一致地复制到 FILE，应用运行时也可执行。

选项：
  --db FILE    要复制的数据库（默认：%1）。
  --force      若 FILE 已存在则替换它（新副本完成前旧副本保留）。
  -h, --help   显示此帮助。

退出状态：0 完成，1 失败，2 用法错误。</translation>
    </message>
    <message>
        <source>give the backup file name, once.</source>
        <translation>请给出备份文件名，且只给一次。</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Choose another name, or pass --force to replace it.</source>
        <translation>%1 已存在，未写入任何内容。请换一个名称，或加上 --force 替换它。</translation>
    </message>
    <message>
        <source>the copy %1 was written but cannot be read back: %2</source>
        <translation>副本 %1 已写入，但无法读回：%2</translation>
    </message>
    <message>
        <source>the copy %1 failed its integrity check: %2</source>
        <translation>副本 %1 未通过完整性检查：%2</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KiB, integrity ok).</source>
        <translation>已将 %1 备份到 %2（%3 KiB，完整性正常）。</translation>
    </message>
    <message>
        <source>Run &apos;servicedojo export --help&apos; for the usage.</source>
        <translation>运行 &apos;servicedojo export --help&apos; 查看用法。</translation>
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
        <translation>用法：servicedojo export --format csv|xapi [--out FILE] [--db FILE] [--home-page URL]

导出所有账号的培训记录。
  csv    每道测验题的作答和每轮情景对话各占一行（UTF-8，适用于 Excel）
  xapi   xAPI 语句的 JSON 数组：answered、completed、passed、failed

选项：
  --format FORMAT  csv 或 xapi。
  --out FILE       写入 FILE，而不是标准输出。
  --db FILE        数据库（默认：%1）。
  --home-page URL  xAPI：登录名所属系统的地址
                   （actor.account.homePage；默认：%2）。
  -h, --help       显示此帮助。

退出状态：0 完成，1 失败，2 用法错误。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>give --format csv or --format xapi.</source>
        <translation>请给出 --format csv 或 --format xapi。</translation>
    </message>
    <message>
        <source>--home-page needs an http:// or https:// address.</source>
        <translation>--home-page 需要 http:// 或 https:// 开头的地址。</translation>
    </message>
    <message>
        <source>could not write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>could not write %1: %2. Check the folder exists and you may write there.</source>
        <translation>无法写入 %1：%2。请检查该文件夹是否存在，以及你是否有写入权限。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
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
        <translation>用法：servicedojo users &lt;子命令&gt; [选项]

管理 ServiceDojo 数据库中的账号。

子命令：
  add LOGIN --name NAME --role ROLE[,ROLE...] [--team TEAM] [--password-stdin | --pin]
                      添加账号。ROLE 为 trainee（学员）、trainer（培训师）或 manager（管理者）。
  list                列出账号。
  passwd LOGIN [--password-stdin | --pin]
                      为账号设置新密码（或 PIN 码）。
  disable LOGIN       禁止账号登录（保留其记录）。
  enable LOGIN        允许已停用的账号重新登录。
  teams               列出团队。
  teams add NAME      添加团队。
  auth-mode [password|pin]
                      显示或设置登录方式：密码，或 6 位 PIN 码
                      （适用于共用的培训电脑）。

选项：
  --db FILE           数据库（默认：%1）。
  --password-stdin    从标准输入的第一行读取密码或 PIN 码。
  --pin               随机生成一个 6 位 PIN 码并只显示一次（仅限 PIN 码登录）。
  -h, --help          显示此帮助。

未指定 --password-stdin 或 --pin 时，会在终端中要求输入两次密码，输入时不显示。
密码从不通过命令行参数获取。
退出状态：0 完成，1 失败，2 用法错误。</translation>
    </message>
    <message>
        <source>Run &apos;servicedojo users --help&apos; for the usage.</source>
        <translation>运行 &apos;servicedojo users --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>no %1 on standard input: give it as the first line.</source>
        <translation>标准输入中没有%1：请在第一行给出。</translation>
    </message>
    <message>
        <source>New %1 for %2: </source>
        <translation>%2 的新%1：</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>no %1 was typed; nothing changed.</source>
        <translation>未输入%1，未做任何更改。</translation>
    </message>
    <message>
        <source>the two entries differ; nothing changed.</source>
        <translation>两次输入不一致，未做任何更改。</translation>
    </message>
    <message>
        <source>this database signs in with passwords, so --pin cannot be used. Switch to PINs first with: servicedojo users auth-mode pin</source>
        <translation>此数据库使用密码登录，因此不能使用 --pin。请先用以下命令切换为 PIN 码：servicedojo users auth-mode pin</translation>
    </message>
    <message>
        <source>PIN for %1: %2 (give it to the person; it is not shown again)</source>
        <translation>%1 的 PIN 码：%2（请交给本人；此码不会再次显示）</translation>
    </message>
    <message>
        <source>the login &quot;%1&quot; is already taken. Choose another one.</source>
        <translation>登录名“%1”已被占用，请换一个。</translation>
    </message>
    <message>
        <source>Added %1 (%2), roles: %3%4.</source>
        <translation>已添加 %1（%2），角色：%3%4。</translation>
    </message>
    <message>
        <source>, team: %1</source>
        <translation>，团队：%1</translation>
    </message>
    <message>
        <source>Note: there is no manager yet. Add one with --role manager so that someone can manage accounts in the app.</source>
        <translation>注意：目前还没有管理者。请用 --role manager 添加一位，以便有人能在应用中管理账号。</translation>
    </message>
    <message>
        <source>No accounts yet. Add the first manager with: servicedojo users add LOGIN --name NAME --role manager</source>
        <translation>还没有账号。请用以下命令添加第一位管理者：servicedojo users add LOGIN --name NAME --role manager</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>The password or PIN of %1 was changed.</source>
        <translation>%1 的密码或 PIN 码已更改。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; their records are kept.</source>
        <translation>%1 已无法登录；其记录仍保留。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>No teams yet. Add one with: servicedojo users teams add NAME</source>
        <translation>还没有团队。请用以下命令添加：servicedojo users teams add NAME</translation>
    </message>
    <message>
        <source>Added the team %1.</source>
        <translation>已添加团队 %1。</translation>
    </message>
    <message>
        <source>People now sign in with a 6-digit PIN. Give each account a PIN with: servicedojo users passwd LOGIN --pin</source>
        <translation>现在使用 6 位 PIN 码登录。请用以下命令为每个账号设置 PIN 码：servicedojo users passwd LOGIN --pin</translation>
    </message>
    <message>
        <source>People now sign in with a password. Give each account a password with: servicedojo users passwd LOGIN</source>
        <translation>现在使用密码登录。请用以下命令为每个账号设置密码：servicedojo users passwd LOGIN</translation>
    </message>
    <message>
        <source>an option was given that &apos;users %1&apos; does not take.</source>
        <translation>给出了 &apos;users %1&apos; 不接受的选项。</translation>
    </message>
    <message>
        <source>give either --password-stdin or --pin, not both.</source>
        <translation>--password-stdin 和 --pin 只能二选一。</translation>
    </message>
    <message>
        <source>&apos;users add&apos; takes one LOGIN.</source>
        <translation>&apos;users add&apos; 只接受一个 LOGIN。</translation>
    </message>
    <message>
        <source>&apos;users add&apos; needs --name NAME and --role ROLE.</source>
        <translation>&apos;users add&apos; 需要 --name NAME 和 --role ROLE。</translation>
    </message>
    <message>
        <source>unknown role in &quot;%1&quot;: use trainee, trainer or manager, separated by commas.</source>
        <translation>“%1”中有未知角色：请使用 trainee、trainer 或 manager，以逗号分隔。</translation>
    </message>
    <message>
        <source>&apos;users list&apos; takes no arguments.</source>
        <translation>&apos;users list&apos; 不接受参数。</translation>
    </message>
    <message>
        <source>use &apos;users teams&apos; to list the teams or &apos;users teams add NAME&apos; to add one.</source>
        <translation>用 &apos;users teams&apos; 列出团队，或用 &apos;users teams add NAME&apos; 添加团队。</translation>
    </message>
    <message>
        <source>&apos;users auth-mode&apos; takes password or pin.</source>
        <translation>&apos;users auth-mode&apos; 只接受 password 或 pin。</translation>
    </message>
    <message>
        <source>&apos;users %1&apos; takes one LOGIN.</source>
        <translation>&apos;users %1&apos; 只接受一个 LOGIN。</translation>
    </message>
    <message>
        <source>name a subcommand: add, list, passwd, disable, enable, teams or auth-mode.</source>
        <translation>请指定子命令：add、list、passwd、disable、enable、teams 或 auth-mode。</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;.</source>
        <translation>未知子命令“%1”。</translation>
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
        <translation>用法：servicedojo validate [DIR] [--json] [--locale L]

检查 DIR（默认：content）中的课程文件，以
file:line:col: error: message 的格式列出每个问题，然后列出各语言区域包含的内容。

选项：
  --json        改为输出一个 JSON 文档（诊断信息和汇总）。
  --locale L    只报告语言区域 L（仍会与 zh-CN 比较）。
  --help        显示此帮助。

退出状态：0 无错误（允许有警告），1 发现错误，2 用法错误。</translation>
    </message>
    <message>
        <source>Try &apos;servicedojo validate --help&apos;.</source>
        <translation>请尝试 &apos;servicedojo validate --help&apos;。</translation>
    </message>
    <message>
        <source>--locale needs a locale, e.g. --locale en</source>
        <translation>--locale 需要指定语言区域，例如 --locale en</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>only one folder can be checked at a time</source>
        <translation>一次只能检查一个文件夹</translation>
    </message>
    <message>
        <source>there is no folder &apos;%1&apos;</source>
        <translation>不存在文件夹 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no locale &apos;%1&apos; in &apos;%2&apos; (found: %3)</source>
        <translation>&apos;%2&apos; 中没有语言区域 &apos;%1&apos;（找到的有：%3）</translation>
    </message>
    <message>
        <source>Upgraded the database to schema %1; the previous file was kept as %2.</source>
        <translation>数据库已升级到第 %1 版结构，原文件保留为 %2。</translation>
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
        <translation>%1：模式 %2 无效：%3（位于偏移 %4）</translation>
    </message>
    <message>
        <source>required element %1</source>
        <translation>必备要点 %1</translation>
    </message>
    <message>
        <source>forbidden rule %1</source>
        <translation>禁用规则 %1</translation>
    </message>
    <message>
        <source>You did not cover %1.</source>
        <translation>你没有提到%1。</translation>
    </message>
    <message>
        <source>You covered %1.</source>
        <translation>你提到了%1。</translation>
    </message>
    <message>
        <source>You covered %1 — %2.</source>
        <translation>你提到了%1——%2。</translation>
    </message>
    <message>
        <source>%1: %2 — landmine %3, %4.</source>
        <translation>%1：%2——沟通地雷 %3，%4。</translation>
    </message>
    <message>
        <source>You wrote %1 — landmine %2, %3.</source>
        <translation>你写了%1——沟通地雷 %2，%3。</translation>
    </message>
    <message>
        <source>%1: %2 — %3.</source>
        <translation>%1：%2——%3。</translation>
    </message>
    <message>
        <source>You wrote %1, which should not be said — %2.</source>
        <translation>你写了%1，这话不该说——%2。</translation>
    </message>
    <message>
        <source>Your reply has %1 characters; at least %2 are expected, or it reads as curt — %3.</source>
        <translation>你的回复有 %1 个字符，至少应有 %2 个，否则显得生硬——%3。</translation>
    </message>
    <message>
        <source>Your reply has %1 characters; at most %2 are expected, so the customer waits and reads long — %3.</source>
        <translation>你的回复有 %1 个字符，最多应为 %2 个，否则客户要等很久、读很多——%3。</translation>
    </message>
    <message>
        <source>You replied in %1 s, within the %2 s target.</source>
        <translation>你用了 %1 秒回复，在 %2 秒的目标之内。</translation>
    </message>
    <message>
        <source>Your reply covered %1 of %2 key points (%3 needed) — it works.</source>
        <translation>你的回复涵盖了 %2 个要点中的 %1 个（需要 %3 个）——可以。</translation>
    </message>
    <message>
        <source>Your reply covered %1 of %2 key points (%3 needed) — not enough.</source>
        <translation>你的回复涵盖了 %2 个要点中的 %1 个（需要 %3 个）——还不够。</translation>
    </message>
    <message>
        <source>Not right — the answer is %1.</source>
        <translation>不对——答案是 %1。</translation>
    </message>
    <message>
        <source>You picked %1 of %2 right options and %3 wrong ones.</source>
        <translation>你选对了 %2 个正确选项中的 %1 个，另选了 %3 个错误选项。</translation>
    </message>
    <message>
        <source>The right options: %1.</source>
        <translation>正确选项：%1。</translation>
    </message>
    <message>
        <source>Not right — the statement is true.</source>
        <translation>不对——这个说法是正确的。</translation>
    </message>
    <message>
        <source>Not right — the statement is false.</source>
        <translation>不对——这个说法是错误的。</translation>
    </message>
    <message>
        <source>%1 is not an accepted answer — accepted: %2.</source>
        <translation>%1 不是可接受的答案——可接受的有：%2。</translation>
    </message>
    <message>
        <source>%1 of %2 items are in the right order relative to each other.</source>
        <translation>%2 项中有 %1 项的相对顺序正确。</translation>
    </message>
    <message>
        <source>The right order: %1.</source>
        <translation>正确顺序：%1。</translation>
    </message>
    <message>
        <source>%1 goes with %2.</source>
        <translation>%1 对应 %2。</translation>
    </message>
    <message>
        <source>%1 of %2 pairs are right.</source>
        <translation>%2 组配对中有 %1 组正确。</translation>
    </message>
    <message>
        <source>Right — %1 of %2 points.</source>
        <translation>正确——得 %1 分（满分 %2 分）。</translation>
    </message>
    <message>
        <source>Partly right — %1 of %2 points.</source>
        <translation>部分正确——得 %1 分（满分 %2 分）。</translation>
    </message>
    <message>
        <source>Not right — 0 of %1 points.</source>
        <translation>不对——得 0 分（满分 %1 分）。</translation>
    </message>
    <message>
        <source>Not answered — 0 of %1 points.</source>
        <translation>未作答——得 0 分（满分 %1 分）。</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>empathy</source>
        <translation>共情</translation>
    </message>
    <message>
        <source>knowledge</source>
        <translation>专业知识</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>响应速度</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>问题解决</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>You replied in %1 s; the target is %2 s — %3.</source>
        <translation>你用了 %1 秒回复，目标是 %2 秒——%3。</translation>
    </message>
    <message>
        <source>Points: %1.</source>
        <translation>得分：%1。</translation>
    </message>
    <message>
        <source>That is the landmine %1.</source>
        <translation>这是沟通地雷 %1。</translation>
    </message>
    <message>
        <source>The customer&apos;s mood: %1 → %2.</source>
        <translation>客户情绪：%1 → %2。</translation>
    </message>
    <message>
        <source>The customer&apos;s mood fell to %1, the limit this customer accepts (%2).</source>
        <translation>客户情绪降到了 %1，已到该客户能接受的底线（%2）。</translation>
    </message>
    <message>
        <source>The customer&apos;s mood rose to %1 (%2 or more ends the conversation well).</source>
        <translation>客户情绪升到了 %1（达到 %2 或以上即圆满结束对话）。</translation>
    </message>
    <message>
        <source>The conversation ends: %1.</source>
        <translation>对话结束：%1。</translation>
    </message>
    <message>
        <source>The scenario has no step %1; the conversation ends here.</source>
        <translation>该情景中没有步骤 %1；对话到此结束。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is at most %2: %n landmine(s) hit.</source>
        <translation>
            <numerusform>%1 最多为 %2：踩中了 %n 个沟通地雷。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is at most %2: the conversation ended with %3; the best run ends with %4.</source>
        <translation>%1 最多为 %2：对话的结局是%3；最佳路线的结局是%4。</translation>
    </message>
    <message>
        <source>The overall score is at most %1 because of landmines.</source>
        <translation>由于踩中沟通地雷，总分最多为 %1。</translation>
    </message>
</context>
<context>
    <name>dojo::Store</name>
    <message>
        <source>You are not allowed to %1. Ask a manager if you need this.</source>
        <translation>你无权%1。如有需要，请联系管理者。</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a file (for example servicedojo.sqlite) instead.</source>
        <translation>%1 是文件夹，不是数据库文件。请改为给出文件路径（例如 servicedojo.sqlite）。</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path given with --db.</source>
        <translation>%1 处没有数据库。请检查 --db 指定的路径。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check that you may write there, or choose another place with --db.</source>
        <translation>无法为数据库创建文件夹 %1。请检查你是否有写入权限，或用 --db 另选位置。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only, so nothing could be saved. Make the file writable (or copy it to a folder you can write to) and try again. The file was not changed.</source>
        <translation>数据库文件 %1 是只读的，因此无法保存任何内容。请将文件设为可写（或复制到你可写入的文件夹）后重试。文件未被更改。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, but the database needs to keep its journal files beside %2. Make the folder writable or move the file. The file was not changed.</source>
        <translation>文件夹 %1 是只读的，但数据库需要在 %2 旁边保存日志文件。请将该文件夹设为可写，或移动该文件。文件未被更改。</translation>
    </message>
    <message>
        <source>%1 is not a ServiceDojo database (it is not an SQLite file). Check the path given with --db. The file was not changed.</source>
        <translation>%1 不是 ServiceDojo 数据库（不是 SQLite 文件）。请检查 --db 指定的路径。文件未被更改。</translation>
    </message>
    <message>
        <source>opening the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ServiceDojo (database schema %2; this version understands up to %3). Install the newer version to use it. The file was not changed.</source>
        <translation>%1 由更新版本的 ServiceDojo 写入（数据库架构 %2；此版本最高支持 %3）。请安装新版本后再使用。文件未被更改。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a ServiceDojo database. Check the path given with --db. The file was not changed.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 ServiceDojo 数据库。请检查 --db 指定的路径。文件未被更改。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore your latest backup, or move the file aside to start with an empty database.</source>
        <translation>数据库 %1 已损坏（%2）。请恢复最近的备份，或将该文件移走，从空数据库重新开始。</translation>
    </message>
    <message>
        <source>Could not copy %1 before upgrading it, so it was left as it is: %2</source>
        <translation>升级前无法复制 %1，因此保持原样未动：%2</translation>
    </message>
    <message>
        <source>The upgrade step %1 is missing from this build.</source>
        <translation>此版本缺少升级步骤 %1。</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed and was undone; the file is as it was. Report this problem with the message: %3</source>
        <translation>将 %1 升级到架构 %2 失败，已撤销；文件保持原样。请报告此问题并附上以下信息：%3</translation>
    </message>
    <message>
        <source>Saving to %1 returned no row id.</source>
        <translation>保存到 %1 时未返回行 id。</translation>
    </message>
    <message>
        <source>The backup file %1 is the database itself. Choose another file.</source>
        <translation>备份文件 %1 就是数据库本身。请另选一个文件。</translation>
    </message>
    <message>
        <source>The backup file %1 already exists; nothing was written. Choose another name, or allow replacing it.</source>
        <translation>备份文件 %1 已存在，未写入任何内容。请换一个名称，或允许替换它。</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of the backup file.</source>
        <translation>%1 是文件夹。请给出备份文件的名称。</translation>
    </message>
    <message>
        <source>A backup cannot be taken inside a change.</source>
        <translation>不能在更改进行中创建备份。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>无法为备份创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>Could not put the backup in place at %1. Check that you may write there.</source>
        <translation>无法将备份放到 %1。请检查你是否有写入权限。</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program and stayed locked for %2 s. Close other ServiceDojo windows or programs using the file, then try again. Nothing was changed.</source>
        <translation>数据库 %1 正被其他程序使用，已锁定 %2 秒。请关闭其他 ServiceDojo 窗口或正在使用该文件的程序，然后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (the file, its folder or the disk is read-only). Make it writable, or copy it to a folder you can write to. Nothing already saved was changed.</source>
        <translation>数据库 %1 无法写入（文件、所在文件夹或磁盘为只读）。请将其设为可写，或复制到你可写入的文件夹。已保存的内容未受影响。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the last change was not saved. Free some space and try again; everything saved before is intact.</source>
        <translation>%1 所在的磁盘已满，最后一次更改未保存。请释放一些空间后重试；之前保存的内容都完好无损。</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a ServiceDojo database (%2). Restore your latest backup, or move the file aside to start with an empty database.</source>
        <translation>数据库 %1 已损坏或不是 ServiceDojo 数据库（%2）。请恢复最近的备份，或将该文件移走，从空数据库重新开始。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened or read (%2). Check that the disk is there and that you may read and write the file and its folder.</source>
        <translation>无法打开或读取数据库 %1（%2）。请检查磁盘是否可用，以及你是否有权读写该文件及其所在文件夹。</translation>
    </message>
    <message>
        <source>The change clashes with what %1 already holds (%2).</source>
        <translation>此更改与 %1 中已有的内容冲突（%2）。</translation>
    </message>
    <message>
        <source>Database error in %1 while %2: %3</source>
        <translation>%1 在%2时发生数据库错误：%3</translation>
    </message>
    <message>
        <source>Time spent cannot be negative.</source>
        <translation>所用时间不能为负数。</translation>
    </message>
    <message>
        <source>The lesson %1 was never opened, so no time can be added to it.</source>
        <translation>课程 %1 从未打开过，因此无法为其累计时间。</translation>
    </message>
    <message>
        <source>A lesson completion needs the content hash.</source>
        <translation>记录课程完成需要内容哈希值。</translation>
    </message>
    <message>
        <source>record lesson versions without signing in</source>
        <translation>在未登录的情况下记录课程版本</translation>
    </message>
    <message>
        <source>A lesson version needs the lesson id and hash.</source>
        <translation>课程版本需要课程 id 和哈希值。</translation>
    </message>
    <message>
        <source>read lesson versions without signing in</source>
        <translation>在未登录的情况下读取课程版本</translation>
    </message>
    <message>
        <source>quiz attempt %1</source>
        <translation>测验作答 %1</translation>
    </message>
    <message>
        <source>A quiz attempt needs the quiz id.</source>
        <translation>测验作答需要测验 id。</translation>
    </message>
    <message>
        <source>An answer needs the question id.</source>
        <translation>答案需要题目 id。</translation>
    </message>
    <message>
        <source>This quiz attempt is already finished; its answers cannot change.</source>
        <translation>此次测验作答已结束，答案不能再更改。</translation>
    </message>
    <message>
        <source>A quiz score must lie between 0 and the maximum score (%1 of %2 given).</source>
        <translation>测验得分必须在 0 到满分之间（给出的是 %1，满分 %2）。</translation>
    </message>
    <message>
        <source>This quiz attempt is already finished.</source>
        <translation>此次测验作答已结束。</translation>
    </message>
    <message>
        <source>write training records of another person</source>
        <translation>写入他人的培训记录</translation>
    </message>
    <message>
        <source>see another person&apos;s training records</source>
        <translation>查看他人的培训记录</translation>
    </message>
    <message>
        <source>There is no %1.</source>
        <translation>不存在%1。</translation>
    </message>
    <message>
        <source>export training records without signing in</source>
        <translation>在未登录的情况下导出培训记录</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>无法写入导出内容：%1</translation>
    </message>
    <message>
        <source>review card %1</source>
        <translation>复习卡片 %1</translation>
    </message>
    <message>
        <source>A review rating is 1 (again) to 4 (easy), not %1.</source>
        <translation>复习评分为 1（重来）到 4（简单），不能是 %1。</translation>
    </message>
    <message>
        <source>A review needs the time it happened and the next due time.</source>
        <translation>复习记录需要发生时间和下次到期时间。</translation>
    </message>
    <message>
        <source>A review card needs its item id and due time.</source>
        <translation>复习卡片需要条目 id 和到期时间。</translation>
    </message>
    <message>
        <source>scenario run %1</source>
        <translation>情景演练 %1</translation>
    </message>
    <message>
        <source>A scenario run needs the scenario id.</source>
        <translation>情景演练需要情景 id。</translation>
    </message>
    <message>
        <source>A scenario turn needs its node id, a turn number and a reply time.</source>
        <translation>情景对话轮次需要节点 id、轮次编号和回复时间。</translation>
    </message>
    <message>
        <source>A scenario turn is either a chosen option or a typed reply.</source>
        <translation>情景对话轮次要么是所选的选项，要么是输入的回复。</translation>
    </message>
    <message>
        <source>This scenario run is already finished; its turns cannot change.</source>
        <translation>此次情景演练已结束，对话轮次不能再更改。</translation>
    </message>
    <message>
        <source>This scenario run is already finished.</source>
        <translation>此次情景演练已结束。</translation>
    </message>
    <message>
        <source>A landmine hit of a scenario turn needs the landmine id.</source>
        <translation>情景回合中的沟通地雷记录必须带有地雷 id。</translation>
    </message>
</context>
<context>
    <name>dojo::Validator</name>
    <message>
        <source>the lesson is %1 KiB, more than the limit of %2 KiB: split it into smaller lessons</source>
        <translation>这节课有 %1 KiB，超过了 %2 KiB 的上限：请拆分成更小的课</translation>
    </message>
    <message>
        <source>the file is %1 KiB, more than the limit of %2 KiB: split it into smaller files</source>
        <translation>文件有 %1 KiB，超过了 %2 KiB 的上限：请拆分成更小的文件</translation>
    </message>
    <message>
        <source>the image is %1 MiB, more than the limit of %2 MiB: make it smaller</source>
        <translation>图片有 %1 MiB，超过了 %2 MiB 的上限：请缩小图片</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (the first bad byte is here): save it with UTF-8 encoding</source>
        <translation>文件不是 UTF-8 文本（第一个错误字节在此处）：请以 UTF-8 编码保存</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the locale folder has no course.yaml</source>
        <translation>该语言区域文件夹中没有 course.yaml</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ignored: only files ending in %2 are read here</source>
        <translation>&apos;%1&apos; 已忽略：这里只读取以 %2 结尾的文件</translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; has no course.yaml and is ignored</source>
        <translation>文件夹 &apos;%1&apos; 中没有 course.yaml，已忽略</translation>
    </message>
    <message>
        <source>a lesson starts with its front matter: a line &apos;---&apos;, the fields (id, title, …), and another line &apos;---&apos;</source>
        <translation>课程文件以前置信息开头：一行 &apos;---&apos;、各字段（id、title……），再加一行 &apos;---&apos;</translation>
    </message>
    <message>
        <source>the front matter is not closed: add a line &apos;---&apos; after it</source>
        <translation>前置信息没有结束：请在其后添加一行 &apos;---&apos;</translation>
    </message>
    <message>
        <source>lists and quotes are nested more than %1 levels deep here: flatten them</source>
        <translation>此处列表和引用的嵌套超过了 %1 层：请减少嵌套</translation>
    </message>
    <message>
        <source>a &apos;:&apos; where none is expected; put text containing &apos;: &apos; in quotes, or check the indentation</source>
        <translation>此处不应出现 &apos;:&apos;；包含 &apos;: &apos; 的文本请加引号，或检查缩进</translation>
    </message>
    <message>
        <source>a tab is used for indentation; use spaces</source>
        <translation>缩进使用了制表符；请改用空格</translation>
    </message>
    <message>
        <source>a list opened with &apos;[&apos; is not closed with &apos;]&apos;</source>
        <translation>以 &apos;[&apos; 开始的列表没有以 &apos;]&apos; 结束</translation>
    </message>
    <message>
        <source>a block opened with &apos;{&apos; is not closed with &apos;}&apos;</source>
        <translation>以 &apos;{&apos; 开始的块没有以 &apos;}&apos; 结束</translation>
    </message>
    <message>
        <source>the indentation does not fit here</source>
        <translation>此处的缩进不对</translation>
    </message>
    <message>
        <source>a quoted text is not closed</source>
        <translation>引号中的文本没有闭合</translation>
    </message>
    <message>
        <source>unknown &apos;\&apos; escape in double quotes; use single quotes instead</source>
        <translation>双引号中有未知的 &apos;\&apos; 转义；请改用单引号</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML 语法错误：%1</translation>
    </message>
    <message>
        <source>YAML aliases (*name) are not supported: write the value out</source>
        <translation>不支持 YAML 别名（*name）：请直接写出值</translation>
    </message>
    <message>
        <source>YAML syntax error: unexpected text after the end of the document; check the indentation and remove any &apos;---&apos;</source>
        <translation>YAML 语法错误：文档结束后还有多余文本；请检查缩进并删除多余的 &apos;---&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice (first on line %2)</source>
        <translation>&apos;%1&apos; 出现了两次（第一次在第 %2 行）</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>未知的键 &apos;%1&apos;；你是不是要写 &apos;%2&apos;？</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; expected one of: %2</source>
        <translation>未知的键 &apos;%1&apos;；应为以下之一：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not used by questions of type &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 类型的题目不使用 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required field &apos;%1&apos;</source>
        <translation>缺少必填字段 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; 为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; 必须是文本</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>&apos;%1&apos; 必须是整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; 必须是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; 必须是 true 或 false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list (&apos;- &apos; lines or [a, b])</source>
        <translation>&apos;%1&apos; 必须是列表（以 &apos;- &apos; 开头的行或 [a, b]）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a group of &apos;key: value&apos; lines</source>
        <translation>&apos;%1&apos; 必须是一组 &apos;key: value&apos; 行</translation>
    </message>
    <message>
        <source>every entry of &apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; 的每一项都必须是文本</translation>
    </message>
    <message>
        <source>every entry of &apos;%1&apos; must be a group of &apos;key: value&apos; lines</source>
        <translation>&apos;%1&apos; 的每一项都必须是一组 &apos;key: value&apos; 行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3</source>
        <translation>&apos;%1&apos; 必须介于 %2 和 %3 之间</translation>
    </message>
    <message>
        <source>&apos;points&apos; must be more than 0 and at most %1</source>
        <translation>&apos;points&apos; 必须大于 0 且不超过 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 to %3 entries, not %4</source>
        <translation>&apos;%1&apos; 需要 %2 到 %3 项，而不是 %4 项</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be &apos;%2&apos;; use one of: %3</source>
        <translation>&apos;%1&apos; 不能是 &apos;%2&apos;；请使用以下之一：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case a-z, digits and &apos;-&apos;, starting with a letter or digit, at most 64 characters</source>
        <translation>&apos;%1&apos; 不是有效的 id：只能使用小写 a-z、数字和 &apos;-&apos;，以字母或数字开头，最多 64 个字符</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; differs from the file name &apos;%2&apos;</source>
        <translation>id &apos;%1&apos; 与文件名 &apos;%2&apos; 不一致</translation>
    </message>
    <message>
        <source>the situation &apos;%1&apos; differs from the file name &apos;%2&apos;</source>
        <translation>情境 &apos;%1&apos; 与文件名 &apos;%2&apos; 不一致</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is already used at %2:%3</source>
        <translation>id &apos;%1&apos; 已在 %2:%3 使用过</translation>
    </message>
    <message>
        <source>there is no lesson &apos;%1&apos; (lessons/%1.md)</source>
        <translation>课 &apos;%1&apos; 不存在（lessons/%1.md）</translation>
    </message>
    <message>
        <source>there is no quiz &apos;%1&apos; (quizzes/%1.yaml)</source>
        <translation>测验 &apos;%1&apos; 不存在（quizzes/%1.yaml）</translation>
    </message>
    <message>
        <source>there is no scenario &apos;%1&apos; (scenarios/%1.yaml)</source>
        <translation>情景 &apos;%1&apos; 不存在（scenarios/%1.yaml）</translation>
    </message>
    <message>
        <source>there is no %1 &apos;%2&apos;, but there is a %3 &apos;%2&apos;</source>
        <translation>不存在%1 &apos;%2&apos;，但存在%3 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no module lists a lesson, quiz or scenario &apos;%1&apos;</source>
        <translation>没有任何模块列出课、测验或情景 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no module &apos;%1&apos; in course.yaml</source>
        <translation>course.yaml 中没有模块 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a node nor an ending of this scenario</source>
        <translation>&apos;%1&apos; 既不是此情景的节点，也不是其结局</translation>
    </message>
    <message>
        <source>the start node &apos;%1&apos; does not exist</source>
        <translation>起始节点 &apos;%1&apos; 不存在</translation>
    </message>
    <message>
        <source>&apos;start&apos; must name a node, but &apos;%1&apos; is an ending</source>
        <translation>&apos;start&apos; 必须指向一个节点，但 &apos;%1&apos; 是结局</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ending of this scenario</source>
        <translation>&apos;%1&apos; 不是此情景的结局</translation>
    </message>
    <message>
        <source>the landmine &apos;%1&apos; is not defined in course.yaml</source>
        <translation>沟通地雷 &apos;%1&apos; 未在 course.yaml 中定义</translation>
    </message>
    <message>
        <source>the rubric dimension &apos;%1&apos; is not defined in course.yaml</source>
        <translation>评分维度 &apos;%1&apos; 未在 course.yaml 中定义</translation>
    </message>
    <message>
        <source>the lesson &apos;%1&apos; has no heading &apos;#%2&apos;; did you mean &apos;#%3&apos;?</source>
        <translation>课 &apos;%1&apos; 中没有标题 &apos;#%2&apos;；你是不是要写 &apos;#%3&apos;？</translation>
    </message>
    <message>
        <source>the lesson &apos;%1&apos; has no heading &apos;#%2&apos;</source>
        <translation>课 &apos;%1&apos; 中没有标题 &apos;#%2&apos;</translation>
    </message>
    <message>
        <source>&apos;see&apos; cannot be &apos;%1&apos;; write a lesson id, optionally followed by &apos;#&apos; and a heading anchor</source>
        <translation>&apos;see&apos; 不能是 &apos;%1&apos;；请写课的 id，后面可以跟 &apos;#&apos; 和标题锚点</translation>
    </message>
    <message>
        <source>the image &apos;%1&apos; does not exist</source>
        <translation>图片 &apos;%1&apos; 不存在</translation>
    </message>
    <message>
        <source>the image &apos;%1&apos; is outside the %2 folder</source>
        <translation>图片 &apos;%1&apos; 位于 %2 文件夹之外</translation>
    </message>
    <message>
        <source>the image &apos;%1&apos; is not a file of the course: put it in assets/ and link it with a relative path</source>
        <translation>图片 &apos;%1&apos; 不是课程中的文件：请放入 assets/ 并用相对路径链接</translation>
    </message>
    <message>
        <source>the image &apos;%1&apos; has an unsupported type: use png, jpg, svg, webp or gif</source>
        <translation>图片 &apos;%1&apos; 的类型不受支持：请使用 png、jpg、svg、webp 或 gif</translation>
    </message>
    <message>
        <source>&apos;locale&apos; is &apos;%1&apos; but the folder is &apos;%2&apos;</source>
        <translation>&apos;locale&apos; 为 &apos;%1&apos;，但文件夹是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>an item names exactly one of &apos;lesson&apos;, &apos;quiz&apos; or &apos;scenario&apos;</source>
        <translation>每个条目只能指定 &apos;lesson&apos;、&apos;quiz&apos; 或 &apos;scenario&apos; 中的一个</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already listed in module &apos;%2&apos; on line %3</source>
        <translation>&apos;%1&apos; 已在第 %3 行的模块 &apos;%2&apos; 中列出</translation>
    </message>
    <message>
        <source>no module in course.yaml lists the %1 &apos;%2&apos;, so trainees never see it</source>
        <translation>course.yaml 中没有任何模块列出%1 &apos;%2&apos;，学员永远看不到它</translation>
    </message>
    <message>
        <source>&apos;module&apos; is &apos;%1&apos;, but course.yaml lists this in module &apos;%2&apos;</source>
        <translation>&apos;module&apos; 为 &apos;%1&apos;，但 course.yaml 将其列在模块 &apos;%2&apos; 中</translation>
    </message>
    <message>
        <source>the prerequisites form a cycle: %1</source>
        <translation>先修条件形成了循环：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot require itself</source>
        <translation>&apos;%1&apos; 不能以自身为先修条件</translation>
    </message>
    <message>
        <source>no option is marked &apos;correct: true&apos;</source>
        <translation>没有选项标为 &apos;correct: true&apos;</translation>
    </message>
    <message>
        <source>a single-choice question has exactly one correct option, this one has %1 (use type: multiple)</source>
        <translation>单选题必须恰好有一个正确选项，此题有 %1 个（请使用 type: multiple）</translation>
    </message>
    <message>
        <source>a question of type &apos;%1&apos; needs %2 to %3 options, not %4</source>
        <translation>&apos;%1&apos; 类型的题目需要 %2 到 %3 个选项，而不是 %4 个</translation>
    </message>
    <message>
        <source>an ordering question needs %1 to %2 items, not %3</source>
        <translation>排序题需要 %1 到 %2 项，而不是 %3 项</translation>
    </message>
    <message>
        <source>a matching question needs %1 to %2 pairs, not %3</source>
        <translation>配对题需要 %1 到 %2 组配对，而不是 %3 组</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in this question</source>
        <translation>&apos;%1&apos; 在此题中出现了两次</translation>
    </message>
    <message>
        <source>this pair has a &apos;%1&apos; but no &apos;%2&apos;: every pair needs both sides</source>
        <translation>此配对有 &apos;%1&apos; 但没有 &apos;%2&apos;：每组配对两边都要有</translation>
    </message>
    <message>
        <source>the question &apos;%1&apos; has no explanation: trainees learn most from why an answer is right</source>
        <translation>题目 &apos;%1&apos; 没有解析：学员从“答案为什么对”中学到的最多</translation>
    </message>
    <message>
        <source>a node needs either &apos;options&apos; or &apos;free_reply&apos;, not both</source>
        <translation>节点只能有 &apos;options&apos; 或 &apos;free_reply&apos; 之一，不能同时有</translation>
    </message>
    <message>
        <source>a node offers %1 to %2 options, not %3</source>
        <translation>节点应提供 %1 到 %2 个选项，而不是 %3 个</translation>
    </message>
    <message>
        <source>give at least one of &apos;phrases&apos; or &apos;patterns&apos;</source>
        <translation>请至少给出 &apos;phrases&apos; 或 &apos;patterns&apos; 之一</translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; is not a valid regular expression: %2</source>
        <translation>模式 &apos;%1&apos; 不是有效的正则表达式：%2</translation>
    </message>
    <message>
        <source>&apos;min_length&apos; (%1) is larger than &apos;max_length&apos; (%2)</source>
        <translation>&apos;min_length&apos;（%1）大于 &apos;max_length&apos;（%2）</translation>
    </message>
    <message>
        <source>the mood floor %1 must be below the starting mood %2</source>
        <translation>情绪下限 %1 必须低于初始情绪 %2</translation>
    </message>
    <message>
        <source>the mood ceiling %1 must be above the starting mood %2</source>
        <translation>情绪上限 %1 必须高于初始情绪 %2</translation>
    </message>
    <message>
        <source>the node &apos;%1&apos; cannot be reached from the start node &apos;%2&apos;</source>
        <translation>从起始节点 &apos;%2&apos; 无法到达节点 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the ending &apos;%1&apos; can never be reached</source>
        <translation>结局 &apos;%1&apos; 永远无法到达</translation>
    </message>
    <message>
        <source>the node &apos;%1&apos; has no path to an ending</source>
        <translation>节点 &apos;%1&apos; 没有通往任何结局的路径</translation>
    </message>
    <message>
        <source>the nodes %1 loop with no way to an ending: give one of them an option that leads out</source>
        <translation>节点 %1 形成循环且无法到达结局：请给其中一个节点加一个能跳出循环的选项</translation>
    </message>
    <message>
        <source>no locale folder (a folder with a course.yaml) was found</source>
        <translation>未找到语言区域文件夹（含 course.yaml 的文件夹）</translation>
    </message>
    <message>
        <source>there is no %1 folder: %1 is the reference every locale is checked against</source>
        <translation>没有 %1 文件夹：%1 是检查各语言区域时的参照</translation>
    </message>
    <message>
        <source>the course id &apos;%1&apos; differs from %2&apos;s &apos;%3&apos;</source>
        <translation>课程 id &apos;%1&apos; 与 %2 的 &apos;%3&apos; 不一致</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; of %3 (%4) is missing here</source>
        <translation>此处缺少 %3 中的%1 &apos;%2&apos;（%4）</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; does not exist in %3: every locale has the same ids</source>
        <translation>%1 &apos;%2&apos; 在 %3 中不存在：各语言区域的 id 必须相同</translation>
    </message>
    <message>
        <source>the question &apos;%1&apos; has type &apos;%2&apos; in %3 but &apos;%4&apos; here</source>
        <translation>题目 &apos;%1&apos; 在 %3 中的类型是 &apos;%2&apos;，此处却是 &apos;%4&apos;</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>；你是不是要写 &apos;%1&apos;？</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>课</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>node or ending</source>
        <translation>节点或结局</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>phrasebook file</source>
        <translation>话术库文件</translation>
    </message>
    <message>
        <source>rubric dimension</source>
        <translation>评分维度</translation>
    </message>
    <message>
        <source>landmine</source>
        <translation>沟通地雷</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1: modules %2, lessons %3, quizzes %4, questions %5 (%6), scenarios %7, nodes %8, endings %9, phrasebook entries %10</source>
        <translation>%1：模块 %2，课 %3，测验 %4，题目 %5（%6），情景 %7，节点 %8，结局 %9，话术库条目 %10</translation>
    </message>
    <message>
        <source>errors %1, warnings %2</source>
        <translation>错误 %1，警告 %2</translation>
    </message>
    <message>
        <source>the tables of the lesson have more than %1 cells in all here: split them or the lesson</source>
        <translation>本课的表格单元格总数在这里超过了 %1 个：请拆分表格或拆分这节课</translation>
    </message>
    <message>
        <source>the lesson has more than %1 &apos;[&apos; here (links, images, check boxes): split it</source>
        <translation>本课在这里的 &apos;[&apos; 超过了 %1 个（链接、图片、复选框）：请拆分这节课</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is one locale of a course: check the folder that holds it (and its other locales) instead</source>
        <translation>&apos;%1&apos; 只是课程的一个语言版本：请改为检查包含它（以及其他语言版本）的上一级文件夹</translation>
    </message>
</context>
</TS>
