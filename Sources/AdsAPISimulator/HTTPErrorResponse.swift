/// A response carried as an error, so checks can return `Result`.
struct HTTPErrorResponse: Error {
    var response: HTTPResponse
}
