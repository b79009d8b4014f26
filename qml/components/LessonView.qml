import QtQuick
import QtWebEngine
import ServiceDojo.Backend

// The only WebEngineView of the app: shows a rendered lesson from the dojo: scheme with JavaScript
// off, on an off-the-record profile. Every navigation is decided by the LessonController.
//
// Reading position: the page runs no script. The view reports its scroll state from outside
// (scrollPosition, contentsSize) to the controller. To move the page, a one-line script runs in the
// ApplicationWorld (an isolated world: the page's JavaScript setting and its CSP cover only the page's
// own main world); if that ever yields nothing, a heading is reached with a URL fragment instead.
WebEngineView {
    id: view
    objectName: "lessonWebView"
    required property LessonController controller
    // Where to go once the page has loaded: a heading, else a scroll fraction (-1: top).
    property string pendingAnchor: ""
    property real pendingFraction: -1
    property real lastFraction: 0

    profile: LessonWeb.profile
    backgroundColor: "transparent"

    settings.javascriptEnabled: false
    settings.javascriptCanOpenWindows: false
    settings.javascriptCanAccessClipboard: false
    settings.localContentCanAccessFileUrls: false
    settings.localContentCanAccessRemoteUrls: false
    settings.pluginsEnabled: false
    settings.localStorageEnabled: false
    settings.autoLoadIconsForPage: false
    settings.focusOnNavigationEnabled: false

    function pageBase() { return controller.pageUrl.toString() }

    // Loads the controller's page unless it is already shown (a TOC jump only changes the fragment).
    function syncUrl() {
        if (view.url.toString().split("#")[0] !== view.pageBase())
            view.url = controller.pageUrl
    }

    function showAnchor(anchor) {
        if (anchor.length === 0)
            return
        controller.reportAnchor(anchor)
        const script = "(function(){var e=document.getElementById(" + JSON.stringify(anchor) + ");"
                     + "if(e){e.scrollIntoView();} return 1;})()"
        view.runJavaScript(script, WebEngineScript.ApplicationWorld, function(result) {
            if (result !== 1) // no isolated world: fall back to a fragment navigation
                view.url = view.pageBase() + "#" + encodeURIComponent(anchor)
        })
    }

    function scrollToFraction(fraction) {
        const script = "(function(){var h=document.documentElement.scrollHeight-window.innerHeight;"
                     + "window.scrollTo(0, Math.max(0, h*" + Number(fraction) + ")); return 1;})()"
        view.runJavaScript(script, WebEngineScript.ApplicationWorld, function(result) {
            if (result !== 1 && controller.savedAnchor.length > 0)
                view.url = view.pageBase() + "#" + encodeURIComponent(controller.savedAnchor)
        })
    }

    function reportScroll() {
        if (view.contentsSize.height <= 0)
            return
        controller.reportScroll(view.scrollPosition.y, view.height, view.contentsSize.height)
        const scrollable = view.contentsSize.height - view.height
        view.lastFraction = scrollable > 0 ? Math.max(0, Math.min(1, view.scrollPosition.y / scrollable)) : 0
    }

    Component.onCompleted: {
        if (view.pendingAnchor.length === 0)
            view.pendingFraction = controller.savedScrollFraction
        syncUrl()
    }
    Connections {
        target: view.controller
        function onLessonChanged() {
            // The same lesson in another theme comes back to the same place; another lesson opens
            // where the trainee last stopped in it (unless a heading was asked for).
            const sameLesson = view.url.toString().split("#")[0].split("?")[0] === view.pageBase().split("?")[0]
            if (view.pendingAnchor.length === 0 && view.pendingFraction < 0)
                view.pendingFraction = sameLesson ? view.lastFraction : view.controller.savedScrollFraction
            if (!sameLesson)
                view.lastFraction = 0
            view.syncUrl()
        }
    }

    onScrollPositionChanged: reportScroll()
    onContentsSizeChanged: reportScroll()
    onHeightChanged: reportScroll()

    onNavigationRequested: function(request) {
        request.action = controller.navigationRequested(request.url) === LessonController.Accept
                ? WebEngineNavigationRequest.AcceptRequest : WebEngineNavigationRequest.IgnoreRequest
    }
    onNewWindowRequested: function(request) { controller.navigationRequested(request.requestedUrl) }
    onLoadingChanged: function(info) {
        if (info.status === WebEngineView.LoadSucceededStatus) {
            controller.pageLoadFinished(true, "")
            if (view.pendingAnchor.length > 0)
                view.showAnchor(view.pendingAnchor)
            else if (view.pendingFraction > 0)
                view.scrollToFraction(view.pendingFraction)
            view.pendingAnchor = ""
            view.pendingFraction = -1
            view.reportScroll()
        } else if (info.status === WebEngineView.LoadFailedStatus) {
            controller.pageLoadFinished(false, info.errorString)
        }
    }
}
