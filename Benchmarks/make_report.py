#!/usr/bin/env python3
"""Write a report-like JSON array of a given size, for the formatting and query benchmarks.

The rows imitate a Sponsored Products campaign report (version 3 reporting API, one row per
campaign, ad group and day), written compact on one line. The output is the same for the
same size and seed, so runs on different days compare.

usage: make_report.py FILE [--bytes N] [--seed N]
"""

import argparse
import datetime
import json
import os
import random
import sys

# Campaign names with spaces, accents, quotes and a backslash, so the formatter meets
# escapes and multi-byte UTF-8.
CAMPAIGN_WORDS = [
    "Spring", "Été", "Holiday", "Brand \"Defense\"", "Auto", "Exact", "Broad", "Größe",
    "Back\\Slash", "日本", "Clearance", "Launch",
]
CAMPAIGN_COUNT = 200
AD_GROUPS_PER_CAMPAIGN = 8


def make_campaigns(generator):
    campaigns = []
    for index in range(CAMPAIGN_COUNT):
        name = " ".join(generator.sample(CAMPAIGN_WORDS, 3)) + f" {index}"
        campaign_id = str(300_000_000_000_000 + index * 7_919)
        campaigns.append((campaign_id, name, generator.choice([25.0, 50.0, 100.0, 250.0])))
    return campaigns


def make_row(generator, campaign, ad_group_index, day):
    campaign_id, name, budget = campaign
    impressions = generator.randint(0, 50_000)
    clicks = generator.randint(0, max(impressions // 40, 1))
    cost = round(clicks * generator.uniform(0.2, 3.5), 2)
    purchases = generator.randint(0, max(clicks // 8, 1))
    sales = round(purchases * generator.uniform(5, 80), 2)
    return {
        "date": day.isoformat(),
        "campaignId": campaign_id,
        "campaignName": name,
        "campaignStatus": generator.choice(["ENABLED", "PAUSED"]),
        "campaignBudgetAmount": budget,
        "campaignBudgetCurrencyCode": "USD",
        "adGroupId": str(int(campaign_id) * 10 + ad_group_index),
        "adGroupName": f"Ad group {ad_group_index}",
        "impressions": impressions,
        "clicks": clicks,
        "cost": cost,
        "costPerClick": round(cost / clicks, 4) if clicks else None,
        "clickThroughRate": round(clicks / impressions, 6) if impressions else 0,
        "purchases7d": purchases,
        "sales7d": sales,
        "unitsSoldClicks7d": purchases + generator.randint(0, 2),
        "attributedSalesSameSku7d": round(sales * generator.uniform(0.5, 1), 2),
        "topOfSearchImpressionShare": round(generator.uniform(0, 1), 4),
        "isTargetingExpression": generator.random() < 0.2,
    }


def write_report(path, byte_count, seed):
    """Write rows until the file has at least byte_count bytes; return the row and byte counts."""
    generator = random.Random(seed)
    campaigns = make_campaigns(generator)
    start = datetime.date(2026, 1, 1)
    temporary = path + ".partial"
    written = 0
    rows = 0
    with open(temporary, "w", encoding="utf-8") as output:
        output.write("[")
        written += 1
        day_offset = 0
        while written < byte_count - 1:
            day = start + datetime.timedelta(days=day_offset % 365)
            for campaign in campaigns:
                for ad_group_index in range(AD_GROUPS_PER_CAMPAIGN):
                    text = json.dumps(
                        make_row(generator, campaign, ad_group_index, day),
                        ensure_ascii=False, separators=(",", ":"))
                    if rows:
                        text = "," + text
                    output.write(text)
                    written += len(text.encode("utf-8"))
                    rows += 1
                    if written >= byte_count - 1:
                        break
                if written >= byte_count - 1:
                    break
            day_offset += 1
        output.write("]")
        written += 1
    os.replace(temporary, path)
    return rows, written


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--bytes", type=int, default=100_000_000,
                        help="minimum size of the file in bytes (default 100000000)")
    parser.add_argument("--seed", type=int, default=2026)
    arguments = parser.parse_args()
    rows, written = write_report(arguments.file, arguments.bytes, arguments.seed)
    print(f"wrote {rows} rows, {written} bytes to {arguments.file}", file=sys.stderr)


if __name__ == "__main__":
    main()
