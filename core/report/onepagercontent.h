// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planblock.h"
#include "planpainter.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace Akademiplan {

class Project;
struct Academy;
struct OutputOptions;
struct Session;
struct Track;

// What the council's one page says about an academy, at a level of detail: level 0 says the most,
// each level after it less (fewer focus areas, sessions and indicators, shorter texts), and the
// last says so little that it fits the page whatever the data. OnePager tries them in turn. The
// text is in the language installed while the blocks are made.
class OnePagerContent
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::OnePager)

public:
    OnePagerContent(const Project &project, const Academy &academy, const OutputOptions &options);

    // How much each part of the page may say at a level (onepagercontent.cpp has the levels).
    struct Detail;

    static int levels();
    std::vector<PlanBlock> blocks(int level) const;
    PlanPainter::Running running() const;

private:
    void addTitle(std::vector<PlanBlock> &blocks, const Detail &detail) const;
    void addPurpose(std::vector<PlanBlock> &blocks, const Detail &detail) const;
    void addTracks(std::vector<PlanBlock> &blocks, const Detail &detail) const;
    void addGlance(std::vector<PlanBlock> &blocks, const Detail &detail) const;
    void addCouncilSessions(std::vector<PlanBlock> &blocks, const Detail &detail) const;
    void addBudget(std::vector<PlanBlock> &blocks) const;
    void addIndicators(std::vector<PlanBlock> &blocks, const Detail &detail) const;

    const Project &m_project;
    const Academy &m_academy;
    const OutputOptions &m_options;
    std::vector<const Track *> m_tracks;
    std::vector<QList<QDate>> m_daysOfTrack;        // per track of m_tracks, each day once, in order
    std::vector<const Session *> m_councilSessions; // in date order
    QDate m_firstDay;                               // the academy's period and its sessions
    QDate m_lastDay;
};

} // namespace Akademiplan
