import HubAPI
import Inventory

extension Inventory.MonthReport: WireRepresentable {
    var wire: HubAPI.MonthReport {
        HubAPI.MonthReport(
            month: month, services: services.wire, rides: rides, chores: chores, activities: activities,
            uniqueResidents: uniqueResidents, contributions: contributions.wire, autoClosedRides: autoClosedRides,
            parcels: parcels.wire, aids: aids.wire
        )
    }
}

extension Inventory.MonthReport.ServiceLine: WireRepresentable {
    var wire: HubAPI.MonthReport.ServiceLine {
        HubAPI.MonthReport.ServiceLine(
            code: code, name: name, kind: kind.wire, uses: uses, uniqueResidents: uniqueResidents, contributionCents: contributionCents
        )
    }
}

extension Inventory.MonthReport.PaymentLine: WireRepresentable {
    var wire: HubAPI.MonthReport.PaymentLine {
        HubAPI.MonthReport.PaymentLine(payment: payment.wire, count: count, cents: cents)
    }
}

extension Inventory.MonthReport.Parcels: WireRepresentable {
    var wire: HubAPI.MonthReport.Parcels {
        HubAPI.MonthReport.Parcels(
            perSupplier: perSupplier.wire, contact: contact, letterbox: letterbox, neighbour: neighbour, notHome: notHome,
            returned: returned, uniqueAddresses: uniqueAddresses
        )
    }
}

extension Inventory.MonthReport.Parcels.SupplierCount: WireRepresentable {
    var wire: HubAPI.MonthReport.Parcels.SupplierCount {
        HubAPI.MonthReport.Parcels.SupplierCount(supplierId: supplierId, count: count)
    }
}

extension Inventory.StockMonthFigures: WireRepresentable {
    var wire: HubAPI.StockMonthFigures {
        HubAPI.StockMonthFigures(
            month: month.description, lines: lines.wire, daysWithMovements: daysWithMovements,
            vanKilometresSaved: vanKilometresSaved, kilogramsCo2Saved: kilogramsCO2Saved
        )
    }
}

extension Inventory.StockMonthFigures.Line: WireRepresentable {
    var wire: HubAPI.StockMonthFigures.Line {
        HubAPI.StockMonthFigures.Line(
            articleId: articleId, articleNumber: articleNumber, articleName: articleName, received: received, issued: issued,
            returned: returned, writtenOff: writtenOff
        )
    }
}
