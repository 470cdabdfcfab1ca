// SPDX-License-Identifier: MIT
#include "filedialogs.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <gtest/gtest.h>

namespace testing_dialogs {

namespace {

// Runs `answer` on the next modal dialog, from the event loop.
void answerNextDialog(const std::function<void(QWidget*)>& answer)
{
    QTimer::singleShot(0, [answer] {
        if (QWidget* dialog = QApplication::activeModalWidget())
            answer(dialog);
    });
}

}  // namespace

QString pickFile(const std::function<void()>& open, const QString& path, QString* suggested)
{
    QString message;
    bool asked = false;
    answerNextDialog([&](QWidget* dialog) {
        auto* files = qobject_cast<QFileDialog*>(dialog);
        ASSERT_NE(files, nullptr);
        asked = true;
        if (suggested)
            *suggested = QFileInfo(files->selectedFiles().value(0)).fileName();
        answerNextDialog([&message](QWidget* box) {
            if (auto* m = qobject_cast<QMessageBox*>(box)) {
                message = m->text();
                m->accept();
            }
        });
        files->selectFile(path);
        static_cast<QDialog*>(files)->accept();
    });
    open();
    QApplication::processEvents();
    EXPECT_TRUE(asked) << "no file dialog opened";
    return message;
}

}  // namespace testing_dialogs
