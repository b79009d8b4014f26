<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuthText</name>
    <message numerus="yes">
        <source>Too many failed sign-ins: try again in %n s.</source>
        <translation>
            <numerusform>Too many failed sign-ins: try again in %n s.</numerusform>
            <numerusform>Too many failed sign-ins: try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeController</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n review due</numerusform>
            <numerusform>%n reviews due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review %n due item(s)</source>
        <translation>
            <numerusform>Review %n due item</numerusform>
            <numerusform>Review %n due items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonReaderPage</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also done for you when you reach the end of the lesson after %n minute(s) of reading.</source>
        <translation>
            <numerusform>Also done for you when you reach the end of the lesson after %n minute of reading.</numerusform>
            <numerusform>Also done for you when you reach the end of the lesson after %n minutes of reading.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message numerus="yes">
        <source>Quiz · %n question(s)</source>
        <translation>
            <numerusform>Quiz · %n question</numerusform>
            <numerusform>Quiz · %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) have no answer yet and will count as 0 points.</source>
        <translation>
            <numerusform>%n question has no answer yet and will count as 0 points.</numerusform>
            <numerusform>%n questions have no answer yet and will count as 0 points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n card(s) due</source>
        <translation>
            <numerusform>%n card due</numerusform>
            <numerusform>%n cards due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review the %n card(s) due</source>
        <translation>
            <numerusform>Review the %n card due</numerusform>
            <numerusform>Review the %n cards due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due card(s) left out: the question or role-play step is no longer in the course.</source>
        <translation>
            <numerusform>%n due card left out: the question or role-play step is no longer in the course.</numerusform>
            <numerusform>%n due cards left out: the question or role-play step is no longer in the course.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) not answered, still due.</source>
        <translation>
            <numerusform>%n card not answered, still due.</numerusform>
            <numerusform>%n cards not answered, still due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) left out: the question or role-play step is no longer in the course.</source>
        <translation>
            <numerusform>%n card left out: the question or role-play step is no longer in the course.</numerusform>
            <numerusform>%n cards left out: the question or role-play step is no longer in the course.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message numerus="yes">
        <source>Continue where you left off (%n reply(s))</source>
        <translation>
            <numerusform>Continue where you left off (%n reply)</numerusform>
            <numerusform>Continue where you left off (%n replies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message numerus="yes">
        <source>%n result(s) · ↑↓ to choose · Enter to open a lesson or copy a phrase · Esc to close</source>
        <translation>
            <numerusform>%n result · ↑↓ to choose · Enter to open a lesson or copy a phrase · Esc to close</numerusform>
            <numerusform>%n results · ↑↓ to choose · Enter to open a lesson or copy a phrase · Esc to close</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudioPage</name>
    <message numerus="yes">
        <source>%n problem(s) found. Files with errors are left out of the course until they are fixed; everything else works.</source>
        <translation>
            <numerusform>%n problem found. Files with errors are left out of the course until they are fixed; everything else works.</numerusform>
            <numerusform>%n problems found. Files with errors are left out of the course until they are fixed; everything else works.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dojo::Auth</name>
    <message numerus="yes">
        <source>Too many failed sign-ins: try again in %n s.</source>
        <translation>
            <numerusform>Too many failed sign-ins: try again in %n s.</numerusform>
            <numerusform>Too many failed sign-ins: try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dojo::Scoring</name>
    <message numerus="yes">
        <source>%1 is at most %2: %n landmine(s) hit.</source>
        <translation>
            <numerusform>%1 is at most %2: %n landmine hit.</numerusform>
            <numerusform>%1 is at most %2: %n landmines hit.</numerusform>
        </translation>
    </message>
</context>
</TS>
