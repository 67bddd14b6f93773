/// The contents of report and snapshot files: made-up but stable metrics for the profile's
/// campaigns.
enum ReportFiles {
    /// Rows of a v3 report: one per campaign and day (`DAILY`) or per campaign (`SUMMARY`),
    /// with exactly the requested columns. Unknown metric columns are 0.
    static func v3Rows(
        columns: [String], timeUnit: String, startDay: Double, endDay: Double,
        campaigns: [Campaign]
    ) -> JSONValue {
        var days: [Double] = []
        if timeUnit == "DAILY" {
            var day = startDay
            while day <= endDay {
                days.append(day)
                day += 86_400
            }
        } else {
            days = [startDay]
        }
        var rows: [JSONValue] = []
        for day in days {
            for campaign in campaigns where campaign.state != "ARCHIVED" {
                let metrics = self.metrics(campaign.campaignId, day: day)
                rows.append(
                    .object(
                        columns.map { column in
                            (
                                column,
                                value(of: column, campaign, day: day, metrics: metrics, timeUnit)
                            )
                        }))
            }
        }
        return .array(rows)
    }

    /// Rows of a v2 report: `campaignId` as a number plus the comma-separated metrics.
    static func v2Rows(metrics names: [String], campaigns: [Campaign], day: Double) -> JSONValue {
        .array(
            campaigns.filter { $0.state != "ARCHIVED" }.map { campaign in
                let metrics = self.metrics(campaign.campaignId, day: day)
                var members: [(String, JSONValue)] = [
                    ("campaignId", .int(Int64(campaign.campaignId) ?? 0))
                ]
                for name in names where name != "campaignId" {
                    members.append(
                        (name, value(of: name, campaign, day: day, metrics: metrics, "SUMMARY")))
                }
                return .object(members)
            })
    }

    /// Builds a v2 campaign snapshot: ids as numbers, lowercase states, dates as `YYYYMMDD`.
    static func snapshot(campaigns: [Campaign]) -> JSONValue {
        .array(
            campaigns.map { campaign in
                .object([
                    ("campaignId", .int(Int64(campaign.campaignId) ?? 0)),
                    ("name", .string(campaign.name)),
                    ("campaignType", .string("sponsoredProducts")),
                    ("targetingType", .string(campaign.targetingType.lowercased())),
                    ("premiumBidAdjustment", .bool(false)),
                    ("dailyBudget", .double(campaign.budget)),
                    ("startDate", .string(campaign.startDate.filter { $0 != "-" })),
                    ("state", .string(campaign.state.lowercased())),
                ])
            })
    }

    private struct Metrics {
        var impressions: Int64
        var clicks: Int64
        var cost: Double
        var purchases: Int64
        var sales: Double
    }

    /// Deterministic metrics from a hash of the campaign id and the day.
    private static func metrics(_ campaignID: String, day: Double) -> Metrics {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in (campaignID + String(Int(day))).utf8 {
            hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
        }
        let impressions = Int64(hash % 5000) + 100
        let clicks = impressions / Int64(20 + hash % 30)
        let purchases = clicks / Int64(5 + hash % 10)
        let cost = (Double(clicks) * (0.4 + Double(hash % 100) / 100)).rounded(toPlaces: 2)
        let sales = (Double(purchases) * (15 + Double(hash % 2000) / 100)).rounded(toPlaces: 2)
        return Metrics(
            impressions: impressions, clicks: clicks, cost: cost, purchases: purchases, sales: sales
        )
    }

    private static func value(
        of column: String, _ campaign: Campaign, day: Double, metrics: Metrics, _ timeUnit: String
    ) -> JSONValue {
        switch column {
        case "date": return .string(SimulatorClock.day(day))
        case "campaignId": return .int(Int64(campaign.campaignId) ?? 0)
        case "campaignName": return .string(campaign.name)
        case "campaignStatus": return .string(campaign.state)
        case "campaignBudgetAmount": return .double(campaign.budget)
        case "campaignBudgetType": return .string("DAILY_BUDGET")
        case "campaignBudgetCurrencyCode": return .string("USD")
        case "impressions": return .int(metrics.impressions)
        case "clicks": return .int(metrics.clicks)
        case "cost": return .double(metrics.cost)
        case "costPerClick":
            return .double(
                metrics.clicks == 0
                    ? 0 : (metrics.cost / Double(metrics.clicks)).rounded(toPlaces: 2))
        case "clickThroughRate":
            return .double(
                (Double(metrics.clicks) / Double(metrics.impressions)).rounded(toPlaces: 4))
        default:
            if column.hasPrefix("purchases") || column.hasPrefix("attributedConversions")
                || column.hasPrefix("unitsSold")
            {
                return .int(metrics.purchases)
            }
            if column.hasPrefix("sales") || column.hasPrefix("attributedSales") {
                return .double(metrics.sales)
            }
            return .int(0)
        }
    }
}

extension Double {
    fileprivate func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
