#pragma once
#include <QObject>
#include <QtQml/qqmlregistration.h>
class AppContext : public QObject {
    Q_OBJECT
    QML_ELEMENT
public:
    using QObject::QObject;
};
