import QtQuick
import QtWebEngine
import ServiceDojo.Backend

// The only WebEngineView of the app: shows a rendered lesson from the dojo: scheme with JavaScript
// off, on an off-the-record profile. Every navigation is decided by the LessonController.
WebEngineView {
    id: view
    objectName: "lessonWebView"
    required property LessonController controller

    profile: LessonWeb.profile
    url: controller.pageUrl
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

    function showAnchor(anchor) {
        view.url = controller.pageUrl.toString().split("#")[0] + "#" + encodeURIComponent(anchor)
    }

    onNavigationRequested: function(request) {
        request.action = controller.navigationRequested(request.url) === LessonController.Accept
                ? WebEngineNavigationRequest.AcceptRequest : WebEngineNavigationRequest.IgnoreRequest
    }
    onNewWindowRequested: function(request) { controller.navigationRequested(request.requestedUrl) }
    onLoadingChanged: function(info) {
        if (info.status === WebEngineView.LoadSucceededStatus)
            controller.pageLoadFinished(true, "")
        else if (info.status === WebEngineView.LoadFailedStatus)
            controller.pageLoadFinished(false, info.errorString)
    }
}
