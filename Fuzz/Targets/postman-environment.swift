@testable import AdsShell

/// Imports the input as a Postman environment and checks that writing it back in Postman's
/// format and importing that again keeps every variable.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let environment: Environment
    do {
        environment = try Environment.parsePostman(FuzzInput(data, size).bytes, path: "fuzz.json")
    } catch {
        _ = error.description
        return 0
    }
    let written = environment.postmanJSON()
    let reread: Environment
    do {
        reread = try Environment.parsePostman(Array(written.utf8), path: "written.json")
    } catch {
        preconditionFailure("written environment does not import again: \(error)")
    }
    precondition(reread.name == environment.name, "name changed")
    precondition(reread.keys == environment.keys, "variable names changed")
    for key in environment.keys {
        let before = environment.variable(key)
        let after = reread.variable(key)
        precondition(after?.value == before?.value, "value of a variable changed")
        precondition(after?.enabled == before?.enabled, "enabled flag of a variable changed")
        precondition(after?.type == before?.type, "type of a variable changed")
    }
    return 0
}
