// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QStringView>

namespace Akademiplan {

// The style sheet of the programme as a web page, written into the page itself so that the file
// needs nothing else: no font, image or script is fetched. Text is dark on light with a contrast
// of at least 7:1, links are underlined and their focus drawn; colour (a track's) is only ever
// decoration beside text that says the same. The page reads in order without it too.
class WebPageStyle
{
public:
    static QStringView sheet();
};

} // namespace Akademiplan
