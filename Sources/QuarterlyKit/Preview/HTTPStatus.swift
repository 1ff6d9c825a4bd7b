/// The HTTP statuses the preview server answers with (an error when a request is refused with one).
enum HTTPStatus: Int, Error, Sendable, Equatable {
  case ok = 200
  case badRequest = 400
  case notFound = 404
  case methodNotAllowed = 405
  case requestTimeout = 408
  case headersTooLarge = 431
  case serviceUnavailable = 503

  /// The reason phrase sent after the code.
  var reason: String {
    switch self {
    case .ok: "OK"
    case .badRequest: "Bad Request"
    case .notFound: "Not Found"
    case .methodNotAllowed: "Method Not Allowed"
    case .requestTimeout: "Request Timeout"
    case .headersTooLarge: "Request Header Fields Too Large"
    case .serviceUnavailable: "Service Unavailable"
    }
  }
}
