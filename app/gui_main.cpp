#include "ui/ProjectWindow.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("KOL Planner"));
    QApplication::setOrganizationName(QStringLiteral("KOL Planner"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    kol::ProjectWindow window;
    window.show();
    const QStringList args = QApplication::arguments();
    if (args.size() > 1) {
        if (const kol::Status s = window.openProject(args.at(1)); !s) {
            QMessageBox::critical(&window, QObject::tr("Cannot open project"), QString::fromStdString(s.message()));
        }
    }
    return QApplication::exec();
}
