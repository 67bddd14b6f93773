// Amazon Marketing Cloud operations of the built-in catalog, from Amazon's Postman
// collection (amzn/ads-advanced-tools-docs, postman/); the summaries are this project's own.
// AMC calls identify the account with the AdvertiserId and MarketplaceId headers (or EntityId
// and the audience InstanceId) instead of a profile scope.

extension EndpointCatalog {
    static var marketingCloudEndpoints: [Endpoint] {
        let json = "application/json"
        let instance = "/amc/instances/{instanceId}"
        let reporting = "/amc/reporting/{instanceId}"
        let audience = "application/vnd.amcquerybasedaudience.v1.2+json"
        var result: [Endpoint] = [
            Endpoint(
                method: "GET", pathTemplate: "/amc/accounts", accept: json,
                summary: "List the AMC accounts that the user may use"),
            Endpoint(
                method: "GET", pathTemplate: "/amc/instances", accept: json,
                summary: "List AMC instances"),
            Endpoint(
                method: "POST", pathTemplate: "/amc/instances", contentType: json,
                accept: json, summary: "Create an AMC instance"),
            Endpoint(
                method: "GET", pathTemplate: instance, accept: json,
                summary: "Get the details of an AMC instance"),
            Endpoint(
                method: "PUT", pathTemplate: instance, contentType: json, accept: json,
                summary: "Update the details of an AMC instance"),
            Endpoint(
                method: "DELETE", pathTemplate: instance, accept: json,
                summary: "Delete an AMC instance"),
            Endpoint(
                method: "POST", pathTemplate: instance + "/updateCustomerAwsAccount",
                contentType: json, accept: json,
                summary: "Change the AWS account linked to an AMC instance"),
            Endpoint(
                method: "GET", pathTemplate: instance + "/advertisers", accept: json,
                summary: "List the advertisers linked to an AMC instance"),
            Endpoint(
                method: "POST", pathTemplate: instance + "/advertisers/updates",
                contentType: json, accept: json,
                summary: "Request a change of an AMC instance's advertisers"),
            Endpoint(
                method: "GET", pathTemplate: instance + "/advertisers/updates", accept: json,
                summary: "Get the state of an advertiser change request"),
            Endpoint(
                method: "POST", pathTemplate: "/amc/audiences/query", contentType: json,
                accept: audience, summary: "Create a rule-based AMC audience from a query"),
            Endpoint(
                method: "GET", pathTemplate: "/amc/audiences/query", accept: audience,
                summary: "List rule-based AMC audience executions"),
            Endpoint(
                method: "GET", pathTemplate: "/amc/audiences/query/{audienceExecutionId}",
                accept: audience, summary: "Get one rule-based AMC audience execution"),
            Endpoint(
                method: "PUT", pathTemplate: "/amc/audiences/query/{audienceExecutionId}",
                contentType: json, accept: audience,
                summary: "Update one rule-based AMC audience execution"),
            Endpoint(
                method: "DELETE", pathTemplate: "/amc/audiences/query/{audienceExecutionId}",
                accept: "application/vnd.amcquerybasedaudience.v1+json",
                summary: "Delete one rule-based AMC audience execution"),
            Endpoint(
                method: "POST", pathTemplate: "/amc/audiences/lookalike", contentType: json,
                accept: json, summary: "Create a lookalike AMC audience"),
            Endpoint(
                method: "GET",
                pathTemplate: reporting + "/workflowExecutions/{workflowExecutionId}/downloadUrls",
                accept: json, summary: "Get signed URLs for an execution's result files"),
        ]
        let collections = [
            ("workflows", "workflowId", "workflow", "a saved SQL query"),
            ("schedules", "scheduleId", "schedule", "a repeating workflow run"),
            ("workflowExecutions", "workflowExecutionId", "workflow execution", "a query run"),
        ]
        for (path, parameter, noun, meaning) in collections {
            let base = "\(reporting)/\(path)"
            let single = "\(base)/{\(parameter)}"
            result += [
                Endpoint(
                    method: "POST", pathTemplate: base, contentType: json, accept: json,
                    summary: "Create an AMC \(noun) (\(meaning))"),
                Endpoint(
                    method: "GET", pathTemplate: base, accept: json,
                    summary: "List the AMC \(noun)s of an instance"),
                Endpoint(
                    method: "GET", pathTemplate: single, accept: json,
                    summary: "Get one AMC \(noun)"),
                Endpoint(
                    method: "PUT", pathTemplate: single, contentType: json, accept: json,
                    summary: "Update one AMC \(noun)"),
            ]
            if path != "workflowExecutions" {
                result.append(
                    Endpoint(
                        method: "DELETE", pathTemplate: single, accept: json,
                        summary: "Delete one AMC \(noun)"))
            }
        }
        return result.map { endpoint in
            var copy = endpoint
            copy.requiresScope = false
            return copy
        }
    }
}
