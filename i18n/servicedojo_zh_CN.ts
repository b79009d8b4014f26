<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppSession</name>
    <message>
        <source>The database is not open, so nobody can sign in: %1</source>
        <translation>数据库没有打开，无法登录：%1</translation>
    </message>
</context>
<context>
    <name>FirstRunController</name>
    <message>
        <source>The database is not open, so no account can be created: %1</source>
        <translation>数据库没有打开，无法创建账号：%1</translation>
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
    <name>HomeController</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 道题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no longer in the course)</source>
        <translation>%1（已不在课程中）</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Role-play</source>
        <translation>情景演练</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Updated — read again</source>
        <translation>已更新，请重读</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>尚未通过</translation>
    </message>
    <message>
        <source>New</source>
        <translation>未开始</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天截止</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>明天截止</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1截止</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>学习路径</translation>
    </message>
    <message>
        <source>Welcome back, %1</source>
        <translation>欢迎回来，%1</translation>
    </message>
    <message>
        <source>Your learning path</source>
        <translation>你的学习路径</translation>
    </message>
    <message>
        <source>Your progress could not be read: %1</source>
        <translation>无法读取你的学习进度：%1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <source>Best %1%</source>
        <translation>最高 %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons could be loaded from %1. Open Studio to see what is wrong with the course files.</source>
        <translation>无法从 %1 载入任何课程。请打开“工作室”查看课程文件哪里出了问题。</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>从上次中断处继续</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>接下来</translation>
    </message>
    <message>
        <source>You finished every item of this course.</source>
        <translation>你已完成本课程的全部内容。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Overall progress: %1%</source>
        <translation>总进度：%1%</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>总进度</translation>
    </message>
    <message>
        <source>%1 of %2 items done</source>
        <translation>已完成 %1/%2 项</translation>
    </message>
    <message>
        <source>Sign in to keep track of your progress.</source>
        <translation>登录后即可记录学习进度。</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n 项待复习</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews due</source>
        <translation>暂无待复习内容</translation>
    </message>
    <message>
        <source>Questions you missed, back at the right time.</source>
        <translation>答错的题会在合适的时间再来找你。</translation>
    </message>
    <message>
        <source>Missed questions come back here for review.</source>
        <translation>答错的题会回到这里，供你复习。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message numerus="yes">
        <source>Review %n due item(s)</source>
        <translation>
            <numerusform>复习 %n 项到期内容</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>分配给你的任务</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 项未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing assigned right now. Your manager&apos;s assignments and their due dates appear here.</source>
        <translation>目前没有分配给你的任务。管理者分配的任务及截止日期会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 个模块</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Search every lesson and phrase, or browse the phrasebook. Ctrl+K searches from anywhere.</source>
        <translation>搜索所有课程和话术，或浏览话术库。在任何页面按 Ctrl+K 都能搜索。</translation>
    </message>
    <message>
        <source>Search lessons and phrases, e.g. 退货 or refund</source>
        <translation>搜索课程和话术，例如“退货”或“refund”</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索内容</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try a shorter word or another spelling.</source>
        <translation>没有找到与“%1”相关的内容。试试更短的词，或换一种写法。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Phrase: %1</source>
        <translation>话术：%1</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Never say:</source>
        <translation>千万别说：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the phrase</source>
        <translation>复制这条话术</translation>
    </message>
    <message>
        <source>Phrasebook</source>
        <translation>话术库</translation>
    </message>
    <message>
        <source>This course has no phrasebook yet.</source>
        <translation>本课程还没有话术库。</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>复制：%1</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>已复制到剪贴板</translation>
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
    <name>LessonReaderPage</name>
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
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Lesson complete — you read it to the end.</source>
        <translation>已读完本课，已自动标记为完成。</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>学习路径</translation>
    </message>
    <message>
        <source>Back to the learning path</source>
        <translation>返回学习路径</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Mark as complete</source>
        <translation>标记为已完成</translation>
    </message>
    <message numerus="yes">
        <source>Also done for you when you reach the end of the lesson after %n minute(s) of reading.</source>
        <translation>
            <numerusform>阅读满 %n 分钟并读到末尾时，也会自动标记为已完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to keep track of your progress.</source>
        <translation>登录后即可记录学习进度。</translation>
    </message>
    <message>
        <source>This lesson was updated after you completed it. Read it again and mark it complete.</source>
        <translation>这节课在你完成后有了更新。请重新阅读，再标记为已完成。</translation>
    </message>
    <message>
        <source>Practice this</source>
        <translation>巩固练习</translation>
    </message>
    <message>
        <source>Your progress on this lesson could not be saved: %1</source>
        <translation>这节课的学习进度无法保存：%1</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Role-play</source>
        <translation>情景演练</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 道题</numerusform>
        </translation>
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
        <source>Progress reports for managers will appear here.</source>
        <translation>管理者查看的学习进度报告将显示在这里。</translation>
    </message>
    <message>
        <source>Lessons work, but your progress cannot be saved: %1</source>
        <translation>课程可以正常学习，但学习进度无法保存：%1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>MoodMeter</name>
    <message>
        <source>Furious</source>
        <translation>暴怒</translation>
    </message>
    <message>
        <source>Upset</source>
        <translation>生气</translation>
    </message>
    <message>
        <source>Impatient</source>
        <translation>不耐烦</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>平静</translation>
    </message>
    <message>
        <source>Pleased</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Delighted</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Customer mood: %1 of 100, %2</source>
        <translation>顾客情绪：%1/100，%2</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>情绪</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Quizzes check what you know; role-plays let you talk to a simulated customer and score every reply.</source>
        <translation>测验检验你学到了多少；情景演练让你与模拟顾客对话，每一次回复都会打分。</translation>
    </message>
    <message numerus="yes">
        <source>Quiz · %n question(s)</source>
        <translation>
            <numerusform>测验 · %n 道题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>pass mark %1%</source>
        <translation>及格线 %1%</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>尚未尝试</translation>
    </message>
    <message>
        <source>Best %1% · passed</source>
        <translation>最高 %1% · 已通过</translation>
    </message>
    <message>
        <source>Best %1% · not passed yet</source>
        <translation>最高 %1% · 尚未通过</translation>
    </message>
    <message>
        <source>Role-play · phone call</source>
        <translation>情景演练 · 电话</translation>
    </message>
    <message>
        <source>Role-play · online chat</source>
        <translation>情景演练 · 在线聊天</translation>
    </message>
    <message>
        <source>Role-play · at the counter</source>
        <translation>情景演练 · 柜台接待</translation>
    </message>
    <message>
        <source>Best %1 / 100</source>
        <translation>最高 %1/100</translation>
    </message>
</context>
<context>
    <name>QuestionPresenter</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>False</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Choose one answer</source>
        <translation>单选题</translation>
    </message>
    <message>
        <source>Choose every right answer</source>
        <translation>多选题</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>判断题</translation>
    </message>
    <message>
        <source>Type the answer</source>
        <translation>填空题</translation>
    </message>
    <message>
        <source>Put in the right order</source>
        <translation>排序题</translation>
    </message>
    <message>
        <source>Match each item</source>
        <translation>配对题</translation>
    </message>
    <message>
        <source>Click an answer or press its number key. Enter checks.</source>
        <translation>点击答案或按对应的数字键，按 Enter 提交。</translation>
    </message>
    <message>
        <source>Click answers or press their number keys to tick them. Enter checks.</source>
        <translation>点击答案或按对应的数字键勾选，按 Enter 提交。</translation>
    </message>
    <message>
        <source>Press 1 for true or 2 for false. Enter checks.</source>
        <translation>按 1 选“正确”，按 2 选“错误”，按 Enter 提交。</translation>
    </message>
    <message>
        <source>Type your answer and press Enter.</source>
        <translation>输入答案后按 Enter。</translation>
    </message>
    <message>
        <source>Drag the handles, or select an item and press Alt+Up / Alt+Down.</source>
        <translation>拖动手柄调整顺序，或选中一项后按 Alt+Up / Alt+Down。</translation>
    </message>
    <message>
        <source>For each item on the left, choose its partner on the right.</source>
        <translation>为左侧每一项选出右侧与之对应的内容。</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>部分正确</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（未选）</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>✓ Your choice, right</source>
        <translation>✓ 你的选择，正确</translation>
    </message>
    <message>
        <source>✓ Right answer</source>
        <translation>✓ 正确答案</translation>
    </message>
    <message>
        <source>✗ Your choice</source>
        <translation>✗ 你的选择</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>输入你的答案</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>第 %1 位：%2</translation>
    </message>
    <message>
        <source>✓ in place</source>
        <translation>✓ 位置正确</translation>
    </message>
    <message>
        <source>belongs at %1</source>
        <translation>应在第 %1 位</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>上移：%1</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>上移（Alt+Up）</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>下移：%1</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>下移（Alt+Down）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Partner of %1</source>
        <translation>%1 的对应项</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ 正确</translation>
    </message>
    <message>
        <source>✗ Goes with: %1</source>
        <translation>✗ 应对应：%1</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>See the lesson →</source>
        <translation>查看相关课程 →</translation>
    </message>
    <message>
        <source>See the lesson</source>
        <translation>查看相关课程</translation>
    </message>
</context>
<context>
    <name>QuizController</name>
    <message>
        <source>Test</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 answered · started %4</source>
        <translation>%1 · 已答 %2/%3 题 · 开始于 %4</translation>
    </message>
    <message>
        <source> · time is up: resuming hands it in</source>
        <translation> · 时间已到：继续将直接交卷</translation>
    </message>
    <message>
        <source>This quiz is not in the course.</source>
        <translation>本课程中没有这个测验。</translation>
    </message>
    <message>
        <source>Unknown quiz mode “%1”: use practice or test.</source>
        <translation>未知的测验模式“%1”：请使用 practice 或 test。</translation>
    </message>
    <message>
        <source>This attempt is not being saved: %1</source>
        <translation>本次作答不会被保存：%1</translation>
    </message>
    <message>
        <source>There is no unfinished attempt to continue.</source>
        <translation>没有可以继续的未完成作答。</translation>
    </message>
    <message>
        <source>Sign in to continue a saved attempt.</source>
        <translation>请登录后再继续已保存的作答。</translation>
    </message>
    <message>
        <source>The attempt cannot be continued: %1</source>
        <translation>无法继续这次作答：%1</translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>成绩无法保存：%1</translation>
    </message>
    <message>
        <source>There is no open question to answer.</source>
        <translation>当前没有待作答的题目。</translation>
    </message>
    <message>
        <source>This question is already answered; your first answer counts.</source>
        <translation>这道题已经答过了，以第一次的答案为准。</translation>
    </message>
    <message>
        <source>Choose or type an answer first.</source>
        <translation>请先选择或输入答案。</translation>
    </message>
    <message>
        <source>The answer was not taken.</source>
        <translation>答案未被记录。</translation>
    </message>
    <message>
        <source>Your answer counts, but it could not be saved: %1</source>
        <translation>你的答案有效，但无法保存：%1</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <source>Back to practice</source>
        <translation>返回练习</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>剩余时间：%1</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 道题</numerusform>
        </translation>
    </message>
    <message>
        <source>Time limit %1</source>
        <translation>限时 %1</translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>不限时</translation>
    </message>
    <message>
        <source>Pass mark %1%</source>
        <translation>及格线 %1%</translation>
    </message>
    <message>
        <source>Best so far %1%</source>
        <translation>目前最高 %1%</translation>
    </message>
    <message>
        <source>First try</source>
        <translation>首次作答</translation>
    </message>
    <message>
        <source>You are not signed in, or the database is not available: this attempt will not be saved.</source>
        <translation>你尚未登录，或数据库不可用：本次作答不会被保存。</translation>
    </message>
    <message>
        <source>You have an unfinished attempt</source>
        <translation>你有一次未完成的作答</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Or start again:</source>
        <translation>或者重新开始：</translation>
    </message>
    <message>
        <source>Choose how to take it:</source>
        <translation>选择作答方式：</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>练习模式</translation>
    </message>
    <message>
        <source>See right away whether each answer is right, with the explanation. Good for learning.</source>
        <translation>每答一题立即显示对错和解析，适合学习。</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>考试模式</translation>
    </message>
    <message>
        <source>Answer everything first, then see your score. The clock runs for %1 and hands in at zero.</source>
        <translation>先答完全部题目，再看成绩。限时 %1，时间一到自动交卷。</translation>
    </message>
    <message>
        <source>Answer everything first, then see your score and every explanation.</source>
        <translation>先答完全部题目，再看成绩和每道题的解析。</translation>
    </message>
    <message>
        <source>Each answer is saved the moment you give it and cannot be changed afterwards. Keys: 1–9 choose, ↑↓ move, Enter checks.</source>
        <translation>每道题一作答就会保存，之后不能再改。快捷键：1–9 选择，↑↓ 移动，Enter 提交。</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <source>✓ Answer saved</source>
        <translation>✓ 答案已保存</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 上一题</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已答 %1/%2 题</translation>
    </message>
    <message>
        <source>Practice · %1 of %2 answered</source>
        <translation>练习 · 已答 %1/%2 题</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>交卷</translation>
    </message>
    <message>
        <source>End quiz</source>
        <translation>结束测验</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>保存答案</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>See results →</source>
        <translation>查看成绩 →</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一题 →</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Score %1 percent</source>
        <translation>得分 %1%</translation>
    </message>
    <message>
        <source>Passed — the pass mark is %1%.</source>
        <translation>已通过——及格线为 %1%。</translation>
    </message>
    <message>
        <source>Not passed yet — the pass mark is %1%.</source>
        <translation>尚未通过——及格线为 %1%。</translation>
    </message>
    <message>
        <source>%1 points · %2 right · %3 partly right · %4 wrong · %5 not answered</source>
        <translation>%1 分 · 正确 %2 · 部分正确 %3 · 错误 %4 · 未作答 %5</translation>
    </message>
    <message>
        <source>Time ran out, so the quiz was handed in automatically.</source>
        <translation>时间已到，已自动交卷。</translation>
    </message>
    <message>
        <source>Questions you missed are added to your review queue.</source>
        <translation>答错的题已加入你的复习队列。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>你的作答</translation>
    </message>
    <message>
        <source>Only the ones to review</source>
        <translation>只看需要复习的</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <source>See the lesson →</source>
        <translation>查看相关课程 →</translation>
    </message>
    <message>
        <source>See the lesson for question %1</source>
        <translation>查看第 %1 题的相关课程</translation>
    </message>
    <message>
        <source>This quiz is not available</source>
        <translation>这个测验暂时无法使用</translation>
    </message>
    <message>
        <source>“%1” is not in the current course, or it has no questions. A trainer can check the content problems in Studio.</source>
        <translation>当前课程中没有“%1”，或它没有任何题目。培训师可以在“工作室”中查看内容问题。</translation>
    </message>
    <message>
        <source>Hand in now?</source>
        <translation>现在交卷吗？</translation>
    </message>
    <message>
        <source>End the quiz now?</source>
        <translation>现在结束测验吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) have no answer yet and will count as 0 points.</source>
        <translation>
            <numerusform>还有 %n 道题未作答，将按 0 分计。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>继续作答</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Scores by dimension: %1</source>
        <translation>各维度得分：%1</translation>
    </message>
    <message>
        <source>Not enough scored dimensions for a chart.</source>
        <translation>已评分的维度太少，无法绘制图表。</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Your review queue is kept in the database, which could not be opened.</source>
        <translation>复习队列保存在数据库中，但数据库无法打开。</translation>
    </message>
    <message>
        <source>Sign in to see your review queue.</source>
        <translation>登录后即可查看你的复习队列。</translation>
    </message>
    <message>
        <source>No course is loaded, so there is nothing to review.</source>
        <translation>没有载入课程，暂无可复习的内容。</translation>
    </message>
    <message>
        <source>Next card due: %1.</source>
        <translation>下一张卡片的复习时间：%1。</translation>
    </message>
    <message>
        <source>Your review queue is empty.</source>
        <translation>你的复习队列是空的。</translation>
    </message>
    <message>
        <source>There is no card to answer. Start a review first.</source>
        <translation>没有可作答的卡片。请先开始复习。</translation>
    </message>
    <message>
        <source>This card has already been answered.</source>
        <translation>这张卡片已经作答过了。</translation>
    </message>
    <message>
        <source>Choose or type an answer first.</source>
        <translation>请先选择或输入答案。</translation>
    </message>
    <message>
        <source>Type your reply first.</source>
        <translation>请先输入你的回复。</translation>
    </message>
    <message>
        <source>Pick one of the replies.</source>
        <translation>请选择一条回复。</translation>
    </message>
    <message>
        <source>Again: it comes back soon.</source>
        <translation>重来：很快会再出现。</translation>
    </message>
    <message>
        <source>Hard: it comes back a little sooner.</source>
        <translation>困难：会稍早一些再出现。</translation>
    </message>
    <message>
        <source>Good: the gap before the next review grows.</source>
        <translation>良好：下次复习的间隔会拉长。</translation>
    </message>
    <message>
        <source>Easy: quick and right, the gap grows most.</source>
        <translation>简单：答得又快又对，间隔拉得最长。</translation>
    </message>
    <message>
        <source>Next review of this card: %1.</source>
        <translation>这张卡片的下次复习：%1。</translation>
    </message>
    <message>
        <source>This reply would not work: see what was missing or out of place.</source>
        <translation>这样回复行不通：看看缺了什么、哪里不妥。</translation>
    </message>
    <message>
        <source>A good reply: it covers what the customer needs.</source>
        <translation>回复得好：顾客需要的都照顾到了。</translation>
    </message>
    <message>
        <source>The reply works, but it could be better.</source>
        <translation>这样回复可以，但还能更好。</translation>
    </message>
    <message>
        <source>A wrong decision: this reply hurts the conversation.</source>
        <translation>选错了：这条回复会让对话变糟。</translation>
    </message>
    <message>
        <source>The best reply at this point.</source>
        <translation>这是此时最好的回复。</translation>
    </message>
    <message>
        <source>Acceptable, but not the best reply here.</source>
        <translation>可以接受，但不是这里最好的回复。</translation>
    </message>
    <message>
        <source>1 card reviewed</source>
        <translation>已复习 1 张卡片</translation>
    </message>
    <message>
        <source>%1 cards reviewed</source>
        <translation>已复习 %1 张卡片</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>答对 %1/%2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>1 分钟后</translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation>%1 分钟后</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <source>in %1 days, %2</source>
        <translation>%1 天后（%2）</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <source>Questions and role-play decisions you got wrong come back here, spaced out so they stick.</source>
        <translation>答错的题目和情景演练中选错的回复会隔一段时间回到这里，帮你牢牢记住。</translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 张待复习</translation>
    </message>
    <message>
        <source>Cards due now: %1</source>
        <translation>当前待复习卡片：%1 张</translation>
    </message>
    <message>
        <source>Review is not available</source>
        <translation>复习功能暂不可用</translation>
    </message>
    <message>
        <source>Nothing to review right now</source>
        <translation>现在没有需要复习的内容</translation>
    </message>
    <message>
        <source>Your review queue is empty</source>
        <translation>你的复习队列是空的</translation>
    </message>
    <message>
        <source>Well done. The next card is due %1.</source>
        <translation>做得好！下一张卡片的复习时间：%1。</translation>
    </message>
    <message>
        <source>When you get a quiz question or a role-play decision wrong, it is added here and comes back when it is time to practise it again.</source>
        <translation>测验题答错、情景演练中选错回复时，都会加入这里，到了该复习的时候再出现。</translation>
    </message>
    <message>
        <source>Answer each one again. Right answers come back later and later; wrong ones come back soon.</source>
        <translation>把每张卡片再答一遍。答对的会隔得越来越久才出现，答错的很快就会再出现。</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>开始复习</translation>
    </message>
    <message>
        <source>Quiz question · %1</source>
        <translation>测验题 · %1</translation>
    </message>
    <message>
        <source>Role-play decision · %1</source>
        <translation>情景演练题 · %1</translation>
    </message>
    <message>
        <source>Missed %1 times before</source>
        <translation>此前答错 %1 次</translation>
    </message>
    <message>
        <source>Type your reply to the customer.</source>
        <translation>输入你给顾客的回复。</translation>
    </message>
    <message>
        <source>What do you reply?</source>
        <translation>你会怎么回复？</translation>
    </message>
    <message>
        <source>✓ Your reply, the best one</source>
        <translation>✓ 你的回复，最佳</translation>
    </message>
    <message>
        <source>✓ Best reply</source>
        <translation>✓ 最佳回复</translation>
    </message>
    <message>
        <source>✗ Your reply</source>
        <translation>✗ 你的回复</translation>
    </message>
    <message>
        <source>◐ Your reply</source>
        <translation>◐ 你的回复</translation>
    </message>
    <message>
        <source>Your reply… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>输入回复…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>你的回复</translation>
    </message>
    <message>
        <source>The best reply here: “%1”</source>
        <translation>此处的最佳回复：“%1”</translation>
    </message>
    <message>
        <source>End review</source>
        <translation>结束复习</translation>
    </message>
    <message>
        <source>Enter: next card</source>
        <translation>Enter：下一张</translation>
    </message>
    <message>
        <source>1–9: pick a reply · Enter: check</source>
        <translation>1–9：选择回复 · Enter：提交</translation>
    </message>
    <message>
        <source>Enter: check</source>
        <translation>Enter：提交</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>See the summary</source>
        <translation>查看小结</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Review done</source>
        <translation>复习完成</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>重来</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) due</source>
        <translation>
            <numerusform>%n 张卡片待复习</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review the %n card(s) due</source>
        <translation>
            <numerusform>复习 %n 张到期卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due card(s) left out: the question or role-play step is no longer in the course.</source>
        <translation>
            <numerusform>有 %n 张到期卡片被跳过：对应的题目或情景演练步骤已不在课程中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) not answered, still due.</source>
        <translation>
            <numerusform>有 %n 张卡片未作答，仍待复习。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) left out: the question or role-play step is no longer in the course.</source>
        <translation>
            <numerusform>有 %n 张卡片被跳过：对应的题目或情景演练步骤已不在课程中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioController</name>
    <message>
        <source>The role-play “%1” is not in this course. It may have been removed or have errors a trainer needs to fix in the Studio.</source>
        <translation>本课程中没有情景演练“%1”。它可能已被删除，或有错误需要培训师在“工作室”中修正。</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>At the service counter</source>
        <translation>柜台接待</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级处理</translation>
    </message>
    <message>
        <source>Customer lost</source>
        <translation>顾客流失</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Back to practice</source>
        <translation>返回练习</translation>
    </message>
    <message>
        <source>Reply time %1 seconds of %2</source>
        <translation>回复用时 %1 秒，目标 %2 秒</translation>
    </message>
    <message>
        <source>Reply %1 / %2 s</source>
        <translation>回复用时 %1 / %2 秒</translation>
    </message>
    <message>
        <source>Target %1 s</source>
        <translation>目标 %1 秒</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Start this role-play over</source>
        <translation>重新开始这个情景演练</translation>
    </message>
    <message>
        <source>Your customer</source>
        <translation>你的顾客</translation>
    </message>
    <message>
        <source>Reply within %1 seconds: slower replies cost speed points.</source>
        <translation>请在 %1 秒内回复，回复慢了会扣分。</translation>
    </message>
    <message>
        <source>Pick a reply with the mouse or the number keys; some steps ask you to type your own. Watch out for landmines.</source>
        <translation>用鼠标或数字键选择回复；有些环节需要你自己输入。小心别踩雷。</translation>
    </message>
    <message>
        <source>You are not signed in: this run will not be saved.</source>
        <translation>你尚未登录：本次演练不会被保存。</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation>开始对话</translation>
    </message>
    <message numerus="yes">
        <source>Continue where you left off (%n reply(s))</source>
        <translation>
            <numerusform>从上次中断处继续（已回复 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaking…</source>
        <translation>正在说话…</translation>
    </message>
    <message>
        <source>On the line</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>Call time %1</source>
        <translation>通话时长 %1</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>声音已关</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>声音已开</translation>
    </message>
    <message>
        <source>Turn the customer&apos;s voice on</source>
        <translation>打开顾客语音</translation>
    </message>
    <message>
        <source>Mute the customer&apos;s voice</source>
        <translation>关闭顾客语音</translation>
    </message>
    <message>
        <source>No voice installed: captions only</source>
        <translation>未安装语音：仅显示字幕</translation>
    </message>
    <message>
        <source>No text-to-speech voice is installed; the customer&apos;s lines are shown as captions.</source>
        <translation>未安装语音朗读（TTS）的语音，顾客说的话会以字幕显示。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在输入…</translation>
    </message>
    <message>
        <source>%1 is speaking…</source>
        <translation>%1 正在说话…</translation>
    </message>
    <message>
        <source>Your reply — choose one (keys 1–%1)</source>
        <translation>你的回复——选择一条（按键 1–%1）</translation>
    </message>
    <message>
        <source>Write your own reply</source>
        <translation>自己写回复</translation>
    </message>
    <message>
        <source>Type your reply to %1…</source>
        <translation>输入给%1的回复…</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>你的回复</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>aim for %1–%2</source>
        <translation>建议 %1–%2 字</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1 字</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>最多 %1 字</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>第 %1 次回复</translation>
    </message>
    <message>
        <source>The best run ends: %1 (%2).</source>
        <translation>最佳路线的结局：%1（%2）。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Scores by dimension</source>
        <translation>各维度得分</translation>
    </message>
    <message>
        <source>not assessed in this role-play</source>
        <translation>本次演练不评估此项</translation>
    </message>
    <message>
        <source>(cap %1)</source>
        <translation>(上限 %1)</translation>
    </message>
    <message>
        <source>Landmines stepped on: %1</source>
        <translation>踩雷次数：%1</translation>
    </message>
    <message>
        <source>Reply %1: %2</source>
        <translation>回复 %1：%2</translation>
    </message>
    <message>
        <source>Your replies beside the best ones</source>
        <translation>你的回复与最佳回复对照</translation>
    </message>
    <message>
        <source>The best run, start to finish</source>
        <translation>最佳路线全程</translation>
    </message>
    <message>
        <source>Your own words, covering: %1</source>
        <translation>用自己的话说，涵盖：%1</translation>
    </message>
    <message>
        <source>Landmine: %1</source>
        <translation>踩雷：%1</translation>
    </message>
    <message>
        <source>Dismiss the landmine alert</source>
        <translation>关闭踩雷提醒</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 正在输入</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation>情绪 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>偏慢</translation>
    </message>
    <message>
        <source>Overall score %1 of 100</source>
        <translation>总分 %1（满分 100）</translation>
    </message>
    <message>
        <source>of 100</source>
        <translation>满分 100</translation>
    </message>
    <message>
        <source>Best reply</source>
        <translation>最佳回复</translation>
    </message>
    <message>
        <source>Wrong move</source>
        <translation>回复不当</translation>
    </message>
    <message>
        <source>Could be better</source>
        <translation>还可以更好</translation>
    </message>
    <message>
        <source>mood %1 → %2</source>
        <translation>情绪 %1 → %2</translation>
    </message>
    <message>
        <source>You wrote</source>
        <translation>你写的</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>你说的</translation>
    </message>
    <message>
        <source>Best reply here</source>
        <translation>此处最佳回复</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search lessons and phrases…</source>
        <translation>搜索课程和话术…</translation>
    </message>
    <message>
        <source>Search lessons and phrases</source>
        <translation>搜索课程和话术</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <source>No course is loaded.</source>
        <translation>没有载入课程。</translation>
    </message>
    <message>
        <source>Type a word from a lesson or a phrase — one Chinese character is enough.</source>
        <translation>输入课程或话术中的词语，一个汉字就能搜。</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到与“%1”相关的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) · ↑↓ to choose · Enter to open a lesson or copy a phrase · Esc to close</source>
        <translation>
            <numerusform>%n 条结果 · ↑↓ 选择 · Enter 打开课程或复制话术 · Esc 关闭</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Phrase: %1</source>
        <translation>话术：%1</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>The application is not ready yet; try again in a moment.</source>
        <translation>应用尚未就绪，请稍后再试。</translation>
    </message>
    <message>
        <source>Type your sign-in name, or pick it from the list.</source>
        <translation>请输入登录名，或从列表中选择。</translation>
    </message>
    <message>
        <source>Type your 6-digit PIN.</source>
        <translation>请输入 6 位 PIN 码。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to ServiceDojo</source>
        <translation>登录 ServiceDojo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Pick your name or type it, then your %1.</source>
        <translation>选择或输入你的姓名，然后输入%1。</translation>
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
        <source>Type the sign-in name your trainer gave you, then your %1.</source>
        <translation>输入培训师给你的登录名，然后输入%1。</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>以 %1 的身份登录</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Forgot your password or PIN? Ask a manager to set a new one.</source>
        <translation>忘记了密码或 PIN 码？请联系管理者重新设置。</translation>
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
    <message>
        <source>No problems in the course</source>
        <translation>课程没有问题</translation>
    </message>
    <message>
        <source>Every lesson, quiz, role-play and phrasebook file was checked in both languages: the format, the ids and links between items, and that Chinese and English have the same items. When a file has a mistake, it is listed here with its line and what to change.</source>
        <translation>中英文两套课程里的每个课程、测验、情景演练和话术文件都已检查：格式、编号、条目之间的链接，以及中英文条目是否一一对应。某个文件出错时，会在这里列出它的行号和修改方法。</translation>
    </message>
    <message>
        <source>From a terminal: servicedojo validate %1</source>
        <translation>在终端中检查：servicedojo validate %1</translation>
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
    <message>
        <source>Usage: servicedojo assign KIND:ID (--to LOGIN | --team TEAM) --due YYYY-MM-DD [options]
       servicedojo assign list [--to LOGIN]
       servicedojo assign remove NUMBER

Give a trainee or a whole team a lesson, quiz or scenario to finish by a date. It shows on
their Learn home with the due date, and as overdue once the day has passed.

  KIND:ID             lesson:ID, quiz:ID or scenario:ID, as in the course files.

Options:
  --to LOGIN          The trainee.
  --team TEAM         Everyone in the team (also people who join it later).
  --due YYYY-MM-DD    The last day to finish it.
  --content DIR       The course folder to check the item against (default: ./content).
  --db FILE           The database (default: %1).
  -h, --help          Show this help.

Exit status: 0 done, 1 failed, 2 wrong usage.</source>
        <translation>用法：servicedojo assign KIND:ID (--to LOGIN | --team TEAM) --due YYYY-MM-DD [选项]
      servicedojo assign list [--to LOGIN]
      servicedojo assign remove NUMBER

给学员或整个团队布置一节课、一个测验或一个情景，要求在某日期前完成。
它会连同截止日期显示在对方的“学习”首页上，过了截止日期则显示为已逾期。

  KIND:ID             lesson:ID、quiz:ID 或 scenario:ID，与课程文件中的一致。

选项：
  --to LOGIN          学员。
  --team TEAM         团队中的所有人（包括之后加入的人）。
  --due YYYY-MM-DD    完成期限的最后一天。
  --content DIR       用来核对该条目的课程文件夹（默认：./content）。
  --db FILE           数据库（默认：%1）。
  -h, --help          显示此帮助。

退出状态：0 完成，1 失败，2 用法错误。</translation>
    </message>
    <message>
        <source>Run &apos;servicedojo assign --help&apos; for the usage.</source>
        <translation>运行 &apos;servicedojo assign --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>the course folder %1 does not exist; pass --content DIR.</source>
        <translation>课程文件夹 %1 不存在；请用 --content DIR 指定。</translation>
    </message>
    <message>
        <source>no course was found in %1; pass --content DIR.</source>
        <translation>%1 中没有找到课程；请用 --content DIR 指定。</translation>
    </message>
    <message>
        <source>there is no %1 &quot;%2&quot; in the course at %3.</source>
        <translation>%3 处的课程中没有 %1 “%2”。</translation>
    </message>
    <message>
        <source>No assignments. Make one with: servicedojo assign quiz:ID --to LOGIN --due YYYY-MM-DD</source>
        <translation>还没有学习任务。请用以下命令布置：servicedojo assign quiz:ID --to LOGIN --due YYYY-MM-DD</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source> (date passed)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>name what to assign (lesson:ID, quiz:ID or scenario:ID), or &apos;list&apos;.</source>
        <translation>请指定要布置的内容（lesson:ID、quiz:ID 或 scenario:ID），或使用 &apos;list&apos;。</translation>
    </message>
    <message>
        <source>&apos;assign list&apos; takes only --to LOGIN and --db.</source>
        <translation>&apos;assign list&apos; 只接受 --to LOGIN 和 --db。</translation>
    </message>
    <message>
        <source>&apos;assign remove&apos; takes the number shown by &apos;assign list&apos;.</source>
        <translation>&apos;assign remove&apos; 需要 &apos;assign list&apos; 显示的编号。</translation>
    </message>
    <message>
        <source>assign one item at a time.</source>
        <translation>一次只能布置一项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KIND:ID; write lesson:ID, quiz:ID or scenario:ID.</source>
        <translation>“%1”不是 KIND:ID 格式；请写成 lesson:ID、quiz:ID 或 scenario:ID。</translation>
    </message>
    <message>
        <source>give either --to LOGIN or --team TEAM.</source>
        <translation>请给出 --to LOGIN 或 --team TEAM（二选一）。</translation>
    </message>
    <message>
        <source>give the due date with --due YYYY-MM-DD.</source>
        <translation>请用 --due YYYY-MM-DD 给出截止日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Removed assignment #%1.</source>
        <translation>已删除学习任务 #%1。</translation>
    </message>
    <message>
        <source>Assigned %1:%2 to %3, due %4 (#%5).</source>
        <translation>已将 %1:%2 布置给 %3，截止日期 %4（#%5）。</translation>
    </message>
    <message>
        <source>Note: that date has already passed, so it shows as overdue.</source>
        <translation>注意：该日期已过，因此会显示为已逾期。</translation>
    </message>
</context>
<context>
    <name>dojo::Demo</name>
    <message>
        <source>Wang Fang</source>
        <translation>王芳</translation>
    </message>
    <message>
        <source>Front desk team A</source>
        <translation>前台 A 组</translation>
    </message>
    <message>
        <source>Lin Xiaoqing</source>
        <translation>林晓晴</translation>
    </message>
    <message>
        <source>Zhou Haoran</source>
        <translation>周浩然</translation>
    </message>
    <message>
        <source>Chen Meiling</source>
        <translation>陈美玲</translation>
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
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>dojo::QuizSession</name>
    <message>
        <source>Attempt %1 belongs to quiz “%2”, not “%3”.</source>
        <translation>作答 %1 属于测验“%2”，而不是“%3”。</translation>
    </message>
    <message>
        <source>Attempt %1 is already finished; start a new one.</source>
        <translation>作答 %1 已结束；请重新开始一次。</translation>
    </message>
    <message>
        <source>Attempt %1 belongs to another trainee.</source>
        <translation>作答 %1 属于另一位学员。</translation>
    </message>
    <message>
        <source>There is no question %1 in this quiz.</source>
        <translation>这个测验中没有题目 %1。</translation>
    </message>
    <message>
        <source>This attempt is finished; answers can no longer change.</source>
        <translation>本次作答已结束，答案不能再改。</translation>
    </message>
    <message>
        <source>This question is already answered.</source>
        <translation>这道题已经答过了。</translation>
    </message>
    <message>
        <source>Time is up; the answer came too late to count.</source>
        <translation>时间已到，这个答案提交得太晚，不计分。</translation>
    </message>
    <message>
        <source>Give an answer first.</source>
        <translation>请先作答。</translation>
    </message>
</context>
<context>
    <name>dojo::Review</name>
    <message>
        <source>There is no question to answer here.</source>
        <translation>这里没有要作答的题目。</translation>
    </message>
    <message>
        <source>This card has already been answered.</source>
        <translation>这张卡片已经作答过了。</translation>
    </message>
    <message>
        <source>There is no decision to take here.</source>
        <translation>这里没有需要做的选择。</translation>
    </message>
</context>
<context>
    <name>dojo::ScenarioSession</name>
    <message>
        <source>The role-play “%1” has no start step; a trainer needs to fix it in the Studio.</source>
        <translation>情景演练“%1”没有起始步骤；需要培训师在“工作室”中修正。</translation>
    </message>
    <message>
        <source>Runs are only saved for a signed-in trainee.</source>
        <translation>只有学员登录后，演练记录才会保存。</translation>
    </message>
    <message>
        <source>There is no unfinished run of this role-play to continue.</source>
        <translation>这个情景演练没有可以继续的未完成记录。</translation>
    </message>
    <message>
        <source>This role-play has changed since the run was started, so it cannot be continued. Start it again.</source>
        <translation>这个情景演练在你开始之后有了改动，无法继续。请重新开始。</translation>
    </message>
    <message>
        <source>The role-play has not started yet.</source>
        <translation>情景演练还没有开始。</translation>
    </message>
    <message>
        <source>Type your reply first.</source>
        <translation>请先输入你的回复。</translation>
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
        <translation>你的回复有 %1 个字符，最多应为 %2 个，否则顾客要等很久、读很多——%3。</translation>
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
        <translation>顾客情绪：%1 → %2。</translation>
    </message>
    <message>
        <source>The customer&apos;s mood fell to %1, the limit this customer accepts (%2).</source>
        <translation>顾客情绪降到了 %1，已到这位顾客能接受的底线（%2）。</translation>
    </message>
    <message>
        <source>The customer&apos;s mood rose to %1 (%2 or more ends the conversation well).</source>
        <translation>顾客情绪升到了 %1（达到 %2 或以上即圆满结束对话）。</translation>
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
    <message>
        <source>assign training</source>
        <translation>布置学习任务</translation>
    </message>
    <message>
        <source>An assignment goes to one person or to one team: name exactly one.</source>
        <translation>学习任务只能布置给一个人或一个团队：请只指定其中之一。</translation>
    </message>
    <message>
        <source>Name the lesson, quiz or scenario to assign.</source>
        <translation>请指定要布置的课、测验或情景。</translation>
    </message>
    <message>
        <source>The due date is not a valid date; write it as YYYY-MM-DD.</source>
        <translation>截止日期不是有效日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
    <message>
        <source>There is no team %1.</source>
        <translation>不存在团队 %1。</translation>
    </message>
    <message>
        <source>assignment %1</source>
        <translation>学习任务 %1</translation>
    </message>
    <message>
        <source>remove an assignment</source>
        <translation>删除学习任务</translation>
    </message>
    <message>
        <source>There is no assignment %1.</source>
        <translation>不存在学习任务 %1。</translation>
    </message>
    <message>
        <source>see every assignment</source>
        <translation>查看所有学习任务</translation>
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
        <source>the lesson has more than %1 emphasis marks (&apos;*&apos;, &apos;_&apos; or &apos;~&apos; next to text) here: split it</source>
        <translation>本课在这里的强调标记（紧挨文字的 &apos;*&apos;、&apos;_&apos; 或 &apos;~&apos;）超过了 %1 个：请拆分这节课</translation>
    </message>
    <message>
        <source>the lesson has more than %1 headings here: split it</source>
        <translation>本课在这里的标题超过了 %1 个：请拆分这节课</translation>
    </message>
    <message>
        <source>the lesson has more than %1 list items here: split it</source>
        <translation>本课在这里的列表项超过了 %1 个：请拆分这节课</translation>
    </message>
    <message>
        <source>the lesson has more than %1 quote markers (&apos;&gt;&apos;) here: split it</source>
        <translation>本课在这里的引用标记（&apos;&gt;&apos;）超过了 %1 个：请拆分这节课</translation>
    </message>
    <message>
        <source>the lesson has more than %1 &apos;@&apos; here (e-mail addresses): split it</source>
        <translation>本课在这里的 &apos;@&apos; 超过了 %1 个（电子邮件地址）：请拆分这节课</translation>
    </message>
    <message>
        <source>this line has more than %1 &apos;@&apos; (e-mail addresses): put them on separate lines</source>
        <translation>这一行的 &apos;@&apos; 超过了 %1 个（电子邮件地址）：请把它们分到不同的行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is one locale of a course: check the folder that holds it (and its other locales) instead</source>
        <translation>&apos;%1&apos; 只是课程的一个语言版本：请改为检查包含它（以及其他语言版本）的上一级文件夹</translation>
    </message>
    <message>
        <source>the content folder &apos;%1&apos; does not exist</source>
        <translation>内容文件夹 &apos;%1&apos; 不存在</translation>
    </message>
    <message>
        <source>cannot read the folder &apos;%1&apos;: check its permissions</source>
        <translation>无法读取文件夹 &apos;%1&apos;：请检查其权限</translation>
    </message>
</context>
<context>
    <name>dojo::search</name>
    <message>
        <source>Greetings and openers</source>
        <translation>问候与开场</translation>
    </message>
    <message>
        <source>Waiting and checking</source>
        <translation>等待与查询</translation>
    </message>
    <message>
        <source>Apologising</source>
        <translation>致歉</translation>
    </message>
    <message>
        <source>Returns and refunds</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <source>Bargaining</source>
        <translation>议价</translation>
    </message>
    <message>
        <source>Negative reviews</source>
        <translation>中差评回访</translation>
    </message>
    <message>
        <source>Closing the conversation</source>
        <translation>结束语</translation>
    </message>
    <message>
        <source>On the phone</source>
        <translation>电话沟通</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>Shipping and delivery</source>
        <translation>物流配送</translation>
    </message>
</context>
</TS>
